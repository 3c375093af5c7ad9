package org.opendsr.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opendsr.core.DsrException;

class RollbacksTest {

  /** A connection whose rollback fails (or not) and counts the attempts. */
  private static Connection connection(boolean rollbackFails, AtomicInteger rollbacks) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("rollback")) {
                rollbacks.incrementAndGet();
                if (rollbackFails) {
                  throw new SQLException("connection reset while rolling back", "08006");
                }
                return null;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void a_failed_rollback_keeps_the_original_error_and_attaches_its_own_as_suppressed() {
    AtomicInteger rollbacks = new AtomicInteger();
    DsrException original = new DsrException("could not append to the register");

    DsrException thrown = Rollbacks.after(connection(true, rollbacks), original);

    assertThat(thrown).isSameAs(original).hasMessage("could not append to the register");
    assertThat(thrown.getSuppressed())
        .singleElement()
        .isInstanceOfSatisfying(
            SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08006"));
    assertThat(rollbacks).hasValue(1);
  }

  @Test
  void a_rollback_that_succeeds_adds_nothing_to_the_original_error() {
    AtomicInteger rollbacks = new AtomicInteger();
    DsrException original = new DsrException("could not append to the register");

    DsrException thrown = Rollbacks.after(connection(false, rollbacks), original);

    assertThat(thrown).isSameAs(original);
    assertThat(thrown.getSuppressed()).isEmpty();
    assertThat(rollbacks).hasValue(1);
  }

  @Test
  void a_failed_rollback_is_reported_to_the_caller_rather_than_swallowed() {
    assertThat(Rollbacks.rollback(connection(true, new AtomicInteger())))
        .get()
        .extracting(SQLException::getSQLState)
        .isEqualTo("08006");
    assertThat(Rollbacks.rollback(connection(false, new AtomicInteger()))).isEmpty();
  }
}
