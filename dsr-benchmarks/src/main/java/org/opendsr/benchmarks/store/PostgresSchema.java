package org.opendsr.benchmarks.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh schema in the PostgreSQL named by {@code DSR_PG_URL}, and a data source over it that
 * keeps one open connection for the benchmark thread (as a connection pool would), so the
 * benchmarks measure statements, not connecting. {@link #close()} drops the schema.
 */
final class PostgresSchema implements DataSource, AutoCloseable {

  private final String url;
  private final String schema;
  private final Connection connection;

  private PostgresSchema(String url, String schema, Connection connection) {
    this.url = url;
    this.schema = schema;
    this.connection = connection;
  }

  /**
   * Creates a fresh schema and opens a connection to it.
   *
   * @return the schema
   * @throws IllegalStateException if {@code DSR_PG_URL} is not set or PostgreSQL is not reachable
   */
  static PostgresSchema create() {
    String url = System.getenv("DSR_PG_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "set DSR_PG_URL, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }
    String schema = "dsr_bench_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url);
      pg.setCurrentSchema(schema);
      return new PostgresSchema(url, schema, pg.getConnection());
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at DSR_PG_URL is not reachable", e);
    }
  }

  /** Runs statements on the schema, in auto-commit. */
  void execute(String... sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    }
  }

  @Override
  public Connection getConnection() {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                return null;
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public Connection getConnection(String username, String password)
      throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("one connection only");
  }

  @Override
  public void close() throws SQLException {
    connection.close();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Not used.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // Not used.
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
