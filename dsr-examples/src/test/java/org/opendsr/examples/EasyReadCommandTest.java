package org.opendsr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendsr.examples.cli.Environment;

/** {@code dsr easy-read}: a person's own booklet from the demo register, tagged and audited. */
class EasyReadCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int dsr(String... args) {
    Environment env =
        new Environment(
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")),
            new BufferedReader(new StringReader("")),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            dir,
            false);
    return new Dsr(env).run(args);
  }

  @Test
  void easy_read_writes_a_tagged_booklet_for_an_entry_on_the_demo_register() throws Exception {
    String db = "jdbc:h2:mem:dsr-easy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    assertThat(dsr("demo", "--db", db, "--cohort", "0")).isZero();
    Path pdf = dir.resolve("my-dsr.pdf");
    assertThat(
            dsr(
                "easy-read",
                "--entry",
                "E-000001",
                "-o",
                pdf.toString(),
                "--db",
                db,
                "--team",
                "the Swindon DSR team",
                "--phone",
                "01793 000 000"))
        .as(err.toString(StandardCharsets.UTF_8))
        .isZero();
    assertThat(pdf).exists();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("The phone number is 01793 000 000.");
    }
    out.reset();
    assertThat(dsr("audit", "--db", db, "--entry", "E-000001")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("EXPORT_SUBJECT_ACCESS");
  }

  @Test
  void easy_read_needs_a_pdf_file_name() {
    assertThat(dsr("easy-read", "--entry", "E-000001", "-o", dir.resolve("x.txt").toString()))
        .isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("must end in .pdf");
  }
}
