package org.opendsr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database commits the import but the acknowledgement is lost on the way back: the command line
 * must not say that nothing was imported, since everything was.
 */
class LostCommitAcknowledgementTest {

  /**
   * URLs {@code jdbc:lost-ack:h2:...}: H2, whose commits of written events are not acknowledged.
   */
  static final class LosingDriver implements Driver {
    private static final String PREFIX = "jdbc:lost-ack:";

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
      if (!acceptsURL(url)) {
        return null;
      }
      Connection real = DriverManager.getConnection("jdbc:" + url.substring(PREFIX.length()));
      AtomicBoolean wroteEvents = new AtomicBoolean();
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, method, args) -> {
                if (method.getName().equals("prepareStatement")
                    && String.valueOf(args[0]).contains("INSERT INTO dsr_event")) {
                  wroteEvents.set(true);
                }
                Object result;
                try {
                  result = method.invoke(real, args);
                } catch (InvocationTargetException e) {
                  throw e.getCause();
                }
                if (method.getName().equals("commit") && wroteEvents.get()) {
                  throw new SQLException("An I/O error occurred while sending to the backend");
                }
                return result;
              });
    }

    @Override
    public boolean acceptsURL(String url) {
      return url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
      return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
      return 1;
    }

    @Override
    public int getMinorVersion() {
      return 0;
    }

    @Override
    public boolean jdbcCompliant() {
      return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }
  }

  @TempDir Path dir;

  @BeforeAll
  static void registerTheDriver() throws SQLException {
    DriverManager.registerDriver(new LosingDriver());
  }

  @Test
  void an_import_whose_commit_is_not_acknowledged_says_it_may_have_been_saved_not_that_nothing_was()
      throws Exception {
    String h2 = "h2:mem:lost-ack-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    CliHarness cli = new CliHarness(dir);
    String[] args = cli.importArgs(dir);

    int code = cli.dsr(args[0], args[1], args[2], args[3], "--db", "jdbc:lost-ack:" + h2);

    assertThat(code).isEqualTo(Failures.OUTCOME_UNKNOWN);
    assertThat(cli.err())
        .contains("the import may or may not have been saved")
        .contains("dsr worklist")
        .doesNotContain("nothing was imported");
    // It was saved: both people are on the register.
    assertThat(cli.dsr("worklist", "--db", "jdbc:" + h2, "--names")).isZero();
    assertThat(cli.out()).contains("Alex Sample").contains("Robin");
  }
}
