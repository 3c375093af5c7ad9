package org.opendsr.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendsr.core.ValidationException;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.store.InMemoryRegisterStore;

/**
 * Coverage-guided fuzz test of the legacy CSV import with its column mapping. An input is the CSV
 * text, or a mapping file, a line {@code --}, then the CSV text. In every build it runs the stored
 * inputs under {@code LegacyImportFuzzTestInputs}; with {@code JAZZER_FUZZ=1} it fuzzes
 * (docs/fuzzing.md).
 */
class LegacyImportFuzzTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final String SEPARATOR = "\n--\n";
  private static final String DEFAULT_MAPPING =
      "name=Full name\ndateOfBirth=DOB\nnhsNumber=NHS No\naddress=Address\nrag=RAG\n"
          + "diagnosis=Diagnosis\nlastReview=Last review\nconsent=Consent\n"
          + "dateFormat=dd/MM/yyyy\nlocality=Wiltshire\n";
  private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
  private static final Path DIR = temporaryDirectory();

  @FuzzTest(maxDuration = "3m")
  void an_import_succeeds_or_is_refused_with_a_validation_error_and_a_refusal_writes_nothing(
      byte[] bytes) throws IOException {
    String input = new String(bytes, StandardCharsets.UTF_8);
    int split = input.indexOf(SEPARATOR);
    String mappingText = split < 0 ? DEFAULT_MAPPING : input.substring(0, split);
    String csvText = split < 0 ? input : input.substring(split + SEPARATOR.length());
    Path mappingFile = Files.writeString(DIR.resolve("mapping.properties"), mappingText);
    Path csv = Files.writeString(DIR.resolve("legacy.csv"), csvText);
    InMemoryRegisterStore store = new InMemoryRegisterStore();
    DynamicSupportRegister register =
        DynamicSupportRegister.create(
            store,
            Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
            WorkingDayCalendar.englandAndWales(),
            LocalPolicy.defaults());
    List<String> messages = new ArrayList<>();
    try {
      ColumnMapping mapping = ColumnMapping.read(mappingFile);
      LegacyImport.Outcome outcome =
          LegacyImport.run(
              csv,
              mapping,
              register,
              new LegacyImport.Settings("coordinator-1", TODAY, false, "dsr@example.nhs.uk"),
              LegacyImport.UnitOfWork.autoCommit(),
              LegacyImport.Listener.none());
      if (!outcome.clean()) {
        assertThat(store.entryIds()).as("a refused import writes nothing").isEmpty();
      }
      outcome.problems().forEach(p -> messages.add(p.toString()));
    } catch (ValidationException e) {
      assertThat(store.entryIds()).as("a refused import writes nothing").isEmpty();
      messages.add(e.getMessage());
    }
    Set<String> configured = digitRuns(mappingText);
    for (String message : messages) {
      for (String run : digitRuns(csvText)) {
        if (!configured.contains(run)) {
          assertThat(message).doesNotContain(run);
        }
      }
      for (String name : names(csvText, mappingText)) {
        assertThat(message).doesNotContain(name);
      }
    }
  }

  private static Set<String> digitRuns(String text) {
    Set<String> runs = new HashSet<>();
    Matcher run = TEN_DIGITS.matcher(text);
    while (run.find()) {
      runs.add(run.group());
    }
    return runs;
  }

  /**
   * The cells of the name column, where distinctive enough to look for: six characters or more,
   * with a capital or a digit (the messages' own words are lower case), and not a heading or a word
   * of the mapping (a mapping problem names its key and heading, which are configuration).
   */
  private static List<String> names(String csvText, String mappingText) {
    List<String> names = new ArrayList<>();
    String heading =
        mappingText
            .lines()
            .filter(l -> l.startsWith("name="))
            .map(l -> l.substring(5).strip())
            .findFirst()
            .orElse("Full name");
    try (MappingIterator<String[]> rows =
        new CsvMapper()
            .readerFor(String[].class)
            .with(CsvSchema.emptySchema())
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(csvText)) {
      int column = -1;
      List<String> headings = new ArrayList<>();
      while (rows.hasNextValue()) {
        String[] row = rows.nextValue();
        if (column < 0) {
          for (int i = 0; i < row.length; i++) {
            headings.add(row[i] == null ? "" : row[i].strip());
            if (row[i] != null && row[i].strip().equalsIgnoreCase(heading)) {
              column = i;
            }
          }
          if (column < 0) {
            return names;
          }
          continue;
        }
        if (column < row.length && row[column] != null) {
          String cell = row[column].strip();
          if (cell.length() >= 6
              && cell.matches(".*[A-Z0-9].*")
              && !headings.contains(cell)
              && !configuration(cell, mappingText)) {
            names.add(cell);
          }
        }
      }
    } catch (IOException | RuntimeException notCsv) {
      // Past the first malformed row nothing more was read.
    }
    return names;
  }

  /** Whether a cell repeats the mapping's own words, which messages about the mapping name. */
  private static boolean configuration(String cell, String mappingText) {
    if (mappingText.contains(cell)) {
      return true;
    }
    for (ColumnMapping.Field field : ColumnMapping.Field.values()) {
      if (field.key().contains(cell)) {
        return true;
      }
    }
    return false;
  }

  private static Path temporaryDirectory() {
    try {
      Path dir = Files.createTempDirectory("legacy-import-fuzz");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
