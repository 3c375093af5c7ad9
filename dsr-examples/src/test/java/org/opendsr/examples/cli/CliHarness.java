package org.opendsr.examples.cli;

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
import org.opendsr.examples.Dsr;

/** Runs {@code dsr} in this process with a fixed clock and a home folder, keeping its output. */
final class CliHarness {

  static final String MAPPING =
      "name = Full name\ndateOfBirth = DOB\nnhsNumber = NHS No\naddress = Address\n"
          + "postcode = Postcode\nrag = RAG\ndiagnosis = Diagnosis\nkeyWorkers = Key workers\n"
          + "lastReview = Last review\nnotes = Notes\nconsent = Consent\n"
          + "dateFormat = dd/MM/yyyy\nlocality = Wiltshire\n";
  static final String SPREADSHEET =
      "Full name,DOB,NHS No,Address,Postcode,RAG,Diagnosis,Key workers,Last review,Notes,Consent\n"
          + "Alex Sample,01/02/1990,943 476 5919,1 Test Street,SN1 2AB,Amber,LD,SW Jo Bloggs,"
          + "01/10/2026,\"Settled, some risk\",Y\n"
          + "\"Example, Robin\",14/09/2011,4010232137,2 Test Street,,G,ASD,,,,N\n";

  private final Path home;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  CliHarness(Path home) {
    this.home = home;
  }

  int dsr(String... args) {
    out.reset();
    err.reset();
    return new Dsr(
            new Environment(
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")),
                new BufferedReader(new StringReader("")),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                home,
                false))
        .run(args);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Writes the two-person spreadsheet and its mapping; returns the import's arguments. */
  String[] importArgs(Path dir) throws Exception {
    Path csv = Files.writeString(dir.resolve("dsr.csv"), SPREADSHEET, StandardCharsets.UTF_8);
    Path mapping = Files.writeString(dir.resolve("mapping.properties"), MAPPING);
    return new String[] {"import", csv.toString(), "-m", mapping.toString()};
  }
}
