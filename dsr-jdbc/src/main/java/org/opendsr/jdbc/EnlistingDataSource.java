package org.opendsr.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source the store and the audit trail use: the embedder's, except that a thread with an
 * open {@link Transaction} gets the transaction's connection.
 */
final class EnlistingDataSource implements DataSource {

  private final DataSource dataSource;
  private final ThreadLocal<Transaction> bound;

  EnlistingDataSource(DataSource dataSource, ThreadLocal<Transaction> bound) {
    this.dataSource = dataSource;
    this.bound = bound;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Transaction transaction = bound.get();
    return transaction == null ? dataSource.getConnection() : transaction.enlisted();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Transaction transaction = bound.get();
    return transaction == null
        ? dataSource.getConnection(username, password)
        : transaction.enlisted();
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return dataSource.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    dataSource.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    dataSource.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return dataSource.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return dataSource.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : dataSource.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || dataSource.isWrapperFor(type);
  }
}
