package org.opendsr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file the command line writes that may hold personal data is readable by its owner only
 * (0600), in folders it creates 0700, even where the user's umask would let others read.
 */
class PrivateFilesTest {

  @TempDir Path home;

  @BeforeEach
  void onAPosixFileSystem() throws Exception {
    assumeTrue(PrivateFiles.posix(home), "permissions are POSIX only");
  }

  private static String permissions(Path p) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void the_default_register_and_its_folder_are_the_owners_alone() throws Exception {
    CliHarness cli = new CliHarness(home);

    assertThat(cli.dsr(cli.importArgs(home))).isZero();

    Path folder = home.resolve(".opendsr");
    assertThat(permissions(folder)).isEqualTo("rwx------");
    assertThat(permissions(folder.resolve("register.mv.db"))).isEqualTo("rw-------");
    try (var files = Files.list(folder)) {
      assertThat(files.toList()).allSatisfy(f -> assertThat(permissions(f)).isEqualTo("rw-------"));
    }
  }

  @Test
  void a_register_made_readable_by_others_is_made_private_again_when_opened() throws Exception {
    CliHarness cli = new CliHarness(home);
    assertThat(cli.dsr(cli.importArgs(home))).isZero();
    Path register = home.resolve(".opendsr").resolve("register.mv.db");
    Files.setPosixFilePermissions(register, PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(cli.dsr("worklist")).isZero();

    assertThat(permissions(register)).isEqualTo("rw-------");
  }

  @Test
  void a_fhir_export_is_written_readable_by_its_owner_only() throws Exception {
    CliHarness cli = new CliHarness(home);
    assertThat(cli.dsr(cli.importArgs(home))).isZero();
    Path out = home.resolve("exports").resolve("alex.json");

    assertThat(cli.dsr("export", "--fhir", "--nhs-number", "9434765919", "--out", out.toString()))
        .isZero();

    assertThat(Files.readString(out)).contains("Bundle");
    assertThat(permissions(out)).isEqualTo("rw-------");
    assertThat(permissions(out.getParent())).isEqualTo("rwx------");
  }

  @Test
  void report_outputs_are_written_readable_by_their_owner_only() throws Exception {
    CliHarness cli = new CliHarness(home);
    assertThat(cli.dsr(cli.importArgs(home))).isZero();
    Path folder = home.resolve("reports");
    // A file left readable by an earlier run is made private before it is written again.
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("dsr-report.csv"), "old");
    Files.setPosixFilePermissions(
        folder.resolve("dsr-report.csv"), PosixFilePermissions.fromString("rw-rw-rw-"));

    assertThat(cli.dsr("report", "--out", folder.toString())).isZero();

    assertThat(permissions(folder.resolve("dsr-report.csv"))).isEqualTo("rw-------");
    assertThat(Files.size(folder.resolve("ratings-over-time.png"))).isPositive();
    assertThat(permissions(folder.resolve("ratings-over-time.png"))).isEqualTo("rw-------");
  }
}
