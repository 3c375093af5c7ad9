package org.opendsr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendsr.examples.cli.Environment;

/**
 * The coordinator's guide, docs/importing-a-legacy-register.md, run as written: its sample sheet
 * and mapping through {@code dsr import}, then its fix-and-reimport loop, each output and the
 * rejects file compared with what the guide shows, so the guide cannot drift from the code.
 */
class ImportGuideTest {

  private static final Path ROOT = Path.of("..");

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final String db = "jdbc:h2:mem:dsr-guide-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

  private int dsr(String... args) {
    out.reset();
    PrintStream both = new PrintStream(out, true, StandardCharsets.UTF_8);
    Environment env =
        new Environment(
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")),
            new BufferedReader(new StringReader("")),
            both,
            both,
            dir,
            false);
    return new Dsr(env).run(args);
  }

  /** What the commands printed, with the temporary folder left out of file names. */
  private String printed() {
    return out.toString(StandardCharsets.UTF_8).replace(dir.toString() + "/", "");
  }

  /** The fenced block that follows {@code <!-- name -->} in the guide. */
  private static String block(String guide, String name) {
    int marker = guide.indexOf("<!-- " + name + " -->");
    assertThat(marker).as("the guide's block " + name).isNotNegative();
    int start = guide.indexOf('\n', guide.indexOf("```", marker)) + 1;
    int end = guide.startsWith("```", start) ? start : guide.indexOf("\n```", start) + 1;
    return guide.substring(start, end);
  }

  @Test
  void the_guides_sample_and_its_fix_and_reimport_print_what_the_guide_shows() throws Exception {
    String guide =
        Files.readString(
            ROOT.resolve("docs/importing-a-legacy-register.md"), StandardCharsets.UTF_8);
    Path csv = dir.resolve("legacy-register.csv");
    Path mapping = dir.resolve("legacy-register.properties");
    Files.copy(ROOT.resolve("docs/examples/legacy-register.csv"), csv);
    Files.copy(ROOT.resolve("docs/examples/legacy-register.properties"), mapping);
    assertThat(guide)
        .contains("dsr import legacy-register.csv -m legacy-register.properties --partial")
        .contains("dsr import legacy-register-rejects.csv -m legacy-register.properties --partial");

    assertThat(dsr("import", csv.toString(), "-m", mapping.toString(), "--db", db, "--partial"))
        .isEqualTo(1);
    assertThat(printed()).isEqualTo(block(guide, "first-run"));
    Path rejects = dir.resolve("legacy-register-rejects.csv");
    assertThat(Files.readString(rejects, StandardCharsets.UTF_8).replace("\r\n", "\n"))
        .isEqualTo(block(guide, "rejects-file"));

    Files.writeString(rejects, block(guide, "fixed-rejects-file"), StandardCharsets.UTF_8);
    assertThat(dsr("import", rejects.toString(), "-m", mapping.toString(), "--db", db, "--partial"))
        .isZero();
    assertThat(printed()).isEqualTo(block(guide, "second-run"));

    assertThat(dsr("import", csv.toString(), "-m", mapping.toString(), "--db", db, "--partial"))
        .isEqualTo(1);
    assertThat(printed()).isEqualTo(block(guide, "third-run"));
  }
}
