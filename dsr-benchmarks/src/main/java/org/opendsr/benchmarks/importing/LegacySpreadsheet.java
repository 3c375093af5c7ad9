package org.opendsr.benchmarks.importing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;
import java.util.Random;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.examples.demo.TestRangeNhsNumbers;

/**
 * Writes a synthetic legacy DSR spreadsheet as CSV: fictional people with NHS numbers from the 999
 * test range, one row in twenty broken in one of five ways a real spreadsheet is (a wrong check
 * digit, an impossible date, an unknown RAG value, a missing name, a repeated NHS number, which
 * leaves out both rows of the pair).
 */
final class LegacySpreadsheet {

  static final String MAPPING =
      "name = Full name\ndateOfBirth = DOB\nnhsNumber = NHS No\naddress = Address\n"
          + "postcode = Postcode\nrag = RAG\ndiagnosis = Diagnosis\nkeyWorkers = Key workers\n"
          + "lastReview = Last review\nnotes = Notes\nconsent = Consent\n"
          + "dateFormat = dd/MM/yyyy\nlocality = Wiltshire\n";

  private static final String HEADER =
      "Full name,DOB,NHS No,Address,Postcode,RAG,Diagnosis,Key workers,Last review,Notes,Consent";
  private static final String[] GIVEN = {"Alex", "Sam", "Jo", "Robin", "Kim", "Charlie", "Ash"};
  private static final String[] FAMILY = {"Sample", "Example", "Tester", "Demo", "Fictional"};
  private static final String[] RAG = {"Red", "Amber", "Green", "A", "G"};
  private static final String[] DIAGNOSIS = {"LD", "ASD", "LD and autism", "Learning disability"};
  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private LegacySpreadsheet() {}

  /**
   * Writes the spreadsheet ({@code legacy-dsr.csv}) and its mapping ({@code mapping.properties}) to
   * a folder, dated today, to time a cold {@code dsr import} by hand (dsr-benchmarks/README.md).
   *
   * @param args the folder, and optionally the number of rows (100,000 if not given)
   * @throws IOException if the files cannot be written
   * @throws IllegalArgumentException if the arguments are not a folder and an optional count
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: LegacySpreadsheet FOLDER [ROWS]");
    }
    int rows = args.length == 2 ? Integer.parseInt(args[1]) : 100_000;
    // Dated by the same clock the dsr command line reads, so its import sees the same today.
    writeFolder(Path.of(args[0]), rows, Clock.systemDefaultZone());
  }

  /**
   * Writes the spreadsheet and its mapping to a folder.
   *
   * @param folder where; created if missing
   * @param rows how many data rows
   * @param clock what today is
   * @throws IOException if the files cannot be written
   */
  static void writeFolder(Path folder, int rows, Clock clock) throws IOException {
    Files.createDirectories(folder);
    write(folder.resolve("legacy-dsr.csv"), rows, LocalDate.now(clock));
    Files.writeString(folder.resolve("mapping.properties"), MAPPING, StandardCharsets.UTF_8);
  }

  /**
   * Writes the file.
   *
   * @param file where
   * @param rows how many data rows
   * @param today the import date; every date is before it
   * @return the spreadsheet row numbers of the bad rows (the heading is row 1)
   * @throws IOException if the file cannot be written
   */
  static BitSet write(Path file, int rows, LocalDate today) throws IOException {
    Random random = new Random(42);
    TestRangeNhsNumbers numbers = new TestRangeNhsNumbers(0);
    BitSet bad = new BitSet();
    String previous = null;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(HEADER);
      w.newLine();
      for (int i = 0; i < rows; i++) {
        int rowNumber = i + 2;
        NhsNumber nhs = numbers.next();
        String name =
            GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
        LocalDate born = today.minusYears(8 + random.nextInt(50)).minusDays(random.nextInt(365));
        String dob = UK.format(born);
        String number = nhs.formatted();
        String rag = RAG[random.nextInt(RAG.length)];
        if (i % 20 == 19) {
          bad.set(rowNumber);
          switch (i / 20 % 5) {
            case 0:
              number =
                  number.substring(0, number.length() - 1)
                      + (char) ('0' + (number.charAt(number.length() - 1) - '0' + 1) % 10);
              break;
            case 1:
              dob = "31/02/" + born.getYear();
              break;
            case 2:
              rag = "Purple";
              break;
            case 3:
              name = "";
              break;
            default:
              // Both rows of the pair are left out: the import holds back every row of a
              // shared NHS number until the coordinator says which is the person.
              number = previous;
              bad.set(rowNumber - 1);
              break;
          }
        }
        previous = nhs.formatted();
        LocalDate review = today.minusDays(1 + random.nextInt(200));
        w.write(
            String.join(
                ",",
                name,
                dob,
                number,
                (1 + random.nextInt(99)) + " Example Road",
                "SN1 2AB",
                rag,
                DIAGNOSIS[random.nextInt(DIAGNOSIS.length)],
                random.nextInt(3) == 0 ? "SW Test Worker" : "",
                UK.format(review),
                random.nextInt(4) == 0 ? "\"Settled, plan agreed\"" : "",
                random.nextInt(10) == 0 ? "N" : "Y"));
        w.newLine();
      }
    }
    return bad;
  }
}
