package org.opendsr.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads a date typed on the command line as {@code YYYY-MM-DD}, and says in words what is wrong
 * with one that is not a date ("30 February 2026 is not a date"), instead of a Java type name.
 */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

  static final String HOW = "write dates as YYYY-MM-DD";

  private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private static final DateTimeFormatter STRICT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.UK).withResolverStyle(ResolverStyle.STRICT);

  @Override
  public LocalDate convert(String value) {
    String text = value.strip();
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a date; " + HOW);
    }
    try {
      return LocalDate.parse(text, STRICT);
    } catch (DateTimeException e) {
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (month >= 1 && month <= 12 && day >= 1) {
        throw new CommandLine.TypeConversionException(
            day
                + " "
                + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK)
                + " "
                + m.group(1)
                + " is not a date; "
                + HOW);
      }
      throw new CommandLine.TypeConversionException("'" + value + "' is not a date; " + HOW);
    }
  }
}
