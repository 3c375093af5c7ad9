package org.opendsr.examples.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source for any JDBC URL whose driver is on the class path (H2 and PostgreSQL ship with the
 * command line). No pooling: a command opens a few connections and exits.
 */
final class UrlDataSource implements DataSource {

  private final String url;
  private int loginTimeoutSeconds = 10;

  UrlDataSource(String url) {
    this.url = Objects.requireNonNull(url, "url");
  }

  @Override
  public Connection getConnection() throws SQLException {
    DriverManager.setLoginTimeout(loginTimeoutSeconds);
    return DriverManager.getConnection(url);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    DriverManager.setLoginTimeout(loginTimeoutSeconds);
    return DriverManager.getConnection(url, username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Not used: the command line logs through SLF4J.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeoutSeconds = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no java.util.logging here");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  /** Hides the URL, which may carry a password. */
  @Override
  public String toString() {
    return "UrlDataSource[***]";
  }
}
