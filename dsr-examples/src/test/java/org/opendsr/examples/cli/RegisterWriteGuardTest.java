package org.opendsr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy an embedded register's large write is guarded by: put back unless finished. */
class RegisterWriteGuardTest {

  @TempDir Path dir;

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("register").toAbsolutePath();
  }

  private void execute(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private long people() throws Exception {
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM person")) {
      r.next();
      return r.getLong(1);
    }
  }

  private Path marker() {
    return dir.resolve("register.write-unfinished");
  }

  @Test
  void a_write_that_never_finished_is_undone_when_the_register_is_next_opened() throws Exception {
    execute("CREATE TABLE person (id INT)");
    execute("INSERT INTO person VALUES (1)");

    RegisterWriteGuard guard = RegisterWriteGuard.begin(url());
    execute("INSERT INTO person VALUES (2)");
    // The process dies here: the lock goes with it, the marker stays.
    guard.close();
    assertThat(marker()).exists();

    RegisterWriteGuard.beforeOpen(url());

    assertThat(people()).isEqualTo(1);
    assertThat(marker()).doesNotExist();
    assertThat(dir.resolve("register.before-write.mv.copy")).doesNotExist();
  }

  @Test
  void a_finished_write_is_kept_and_its_copy_dropped() throws Exception {
    execute("CREATE TABLE person (id INT)");

    RegisterWriteGuard guard = RegisterWriteGuard.begin(url());
    execute("INSERT INTO person VALUES (2)");
    guard.finished();
    RegisterWriteGuard.beforeOpen(url());

    assertThat(people()).isEqualTo(1);
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .noneMatch(n -> n.contains("copy") || n.contains("unfinished") || n.endsWith(".tmp"));
    }
  }

  @Test
  void a_write_whose_outcome_is_unknown_is_put_back_at_once() throws Exception {
    execute("CREATE TABLE person (id INT)");

    RegisterWriteGuard guard = RegisterWriteGuard.begin(url());
    execute("INSERT INTO person VALUES (2)");
    guard.restore();

    assertThat(marker()).doesNotExist();
    assertThat(people()).isZero();
  }

  @Test
  void a_write_to_a_register_that_did_not_exist_leaves_none_if_it_never_finished()
      throws Exception {
    RegisterWriteGuard guard = RegisterWriteGuard.begin(url());
    execute("CREATE TABLE person (id INT)");
    guard.close();

    RegisterWriteGuard.beforeOpen(url());

    try (Connection c = DriverManager.getConnection(url());
        ResultSet tables = c.getMetaData().getTables(null, null, "PERSON", null)) {
      assertThat(tables.next()).isFalse();
    }
  }

  @Test
  void the_register_is_not_copied_while_a_connection_has_it_open() throws Exception {
    execute("CREATE TABLE person (id INT)");
    try (Connection open = DriverManager.getConnection(url())) {
      assertThat(open.isValid(1)).isTrue();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> RegisterWriteGuard.begin(url()))
          .hasMessageContaining("the register is open");
    }
    assertThat(marker()).doesNotExist();
  }

  @Test
  void only_an_embedded_h2_file_is_guarded() {
    assertThat(RegisterWriteGuard.RegisterFiles.embeddedFile("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"))
        .isEmpty();
    assertThat(RegisterWriteGuard.RegisterFiles.embeddedFile("jdbc:h2:tcp://localhost/~/x"))
        .isEmpty();
    assertThat(RegisterWriteGuard.RegisterFiles.embeddedFile("jdbc:postgresql://h/dsr")).isEmpty();
    assertThat(RegisterWriteGuard.RegisterFiles.embeddedFile("jdbc:h2:file:/srv/dsr/reg;MODE=X"))
        .isEqualTo(Optional.of(Path.of("/srv/dsr/reg")));
    assertThat(RegisterWriteGuard.RegisterFiles.embeddedFile("jdbc:h2:/srv/dsr/reg"))
        .isEqualTo(Optional.of(Path.of("/srv/dsr/reg")));
    assertThat(RegisterWriteGuard.RegisterFiles.embeddedFile("jdbc:h2:~/reg"))
        .isEqualTo(Optional.of(Path.of(System.getProperty("user.home"), "reg")));
    assertThat(RegisterWriteGuard.begin("jdbc:h2:mem:x").active()).isFalse();
  }
}
