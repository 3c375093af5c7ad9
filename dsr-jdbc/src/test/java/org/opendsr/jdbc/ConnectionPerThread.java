package org.opendsr.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that keeps one physical connection per thread and hands it out again, as a pool
 * would; {@code close()} on a handed-out connection leaves the physical one open. Lets a test run
 * thousands of commands without opening thousands of connections. Close it when done.
 */
final class ConnectionPerThread implements DataSource, AutoCloseable {

  private final DataSource inner;
  private final ThreadLocal<Connection> mine = new ThreadLocal<>();
  private final List<Connection> all = new CopyOnWriteArrayList<>();

  ConnectionPerThread(DataSource inner) {
    this.inner = inner;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = mine.get();
    if (physical == null || physical.isClosed()) {
      physical = inner.getConnection();
      mine.set(physical);
      all.add(physical);
    }
    Connection target = physical;
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                return null;
              }
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("not in tests");
  }

  @Override
  public void close() throws SQLException {
    for (Connection c : all) {
      c.close();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return inner.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    inner.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    inner.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return inner.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return inner.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return inner.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return inner.isWrapperFor(type);
  }
}
