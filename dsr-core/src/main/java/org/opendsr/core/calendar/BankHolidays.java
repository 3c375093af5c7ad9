package org.opendsr.core.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.opendsr.core.ValidationException;

/**
 * A list of named bank holidays, read from the text format of the bundled file {@code
 * england-and-wales-bank-holidays.txt}: one {@code YYYY-MM-DD|name} per line, {@code #} comments.
 */
public final class BankHolidays implements HolidaySource {

  private static final String BUNDLED = "england-and-wales-bank-holidays.txt";

  private final Map<LocalDate, String> byDate;

  private BankHolidays(Map<LocalDate, String> byDate) {
    this.byDate = Collections.unmodifiableMap(new TreeMap<>(byDate));
  }

  /**
   * England and Wales bank holidays 2018-2028, bundled with the library (source: GOV.UK bank
   * holidays). {@link BankHolidayRules#englandAndWales()} computes the same dates by rule and
   * carries on after this list ends; the list is what the rules are checked against.
   *
   * @return the bundled list
   */
  public static BankHolidays englandAndWales() {
    return EnglandAndWales.INSTANCE;
  }

  /**
   * Reads a list in the bundled text format.
   *
   * @param in the text, UTF-8; the caller closes it
   * @return the list
   * @throws ValidationException naming the line of each malformed entry
   */
  public static BankHolidays read(InputStream in) {
    Objects.requireNonNull(in, "in");
    Map<LocalDate, String> dates = new TreeMap<>();
    var problems = new java.util.ArrayList<org.opendsr.core.Violation>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        int bar = text.indexOf('|');
        String date = bar < 0 ? text : text.substring(0, bar).strip();
        String name = bar < 0 ? "Bank holiday" : text.substring(bar + 1).strip();
        try {
          dates.put(LocalDate.parse(date), name);
        } catch (DateTimeParseException e) {
          problems.add(
              org.opendsr.core.Violation.of("line " + number, "must start with a YYYY-MM-DD date"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new BankHolidays(dates);
  }

  @Override
  public Set<LocalDate> holidays() {
    return byDate.keySet();
  }

  /**
   * The name of the holiday on a date.
   *
   * @param date the date
   * @return its name, or empty if it is not a holiday in this list
   */
  public Optional<String> nameOf(LocalDate date) {
    return Optional.ofNullable(byDate.get(date));
  }

  /**
   * The last year with a date in this list.
   *
   * @return the year
   * @throws IllegalStateException if the list is empty
   */
  int lastYear() {
    return byDate.keySet().stream()
        .mapToInt(LocalDate::getYear)
        .max()
        .orElseThrow(() -> new IllegalStateException("the holiday list is empty"));
  }

  /** Loaded once, on first use. */
  private static final class EnglandAndWales {
    static final BankHolidays INSTANCE = load();

    private static BankHolidays load() {
      try (InputStream in = BankHolidays.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("bundled bank holiday list is missing: " + BUNDLED);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
