package org.opendsr.core.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Writes published tables as CSV (RFC 4180): fields separated by commas, records ended by CRLF, a
 * field quoted when it holds a comma, a double quote, CR or LF, with quotes doubled inside.
 *
 * <p>Only published values are written, never raw counts. A field that a spreadsheet would run as a
 * formula (starting {@code = + - @}, tab or CR) gets a leading apostrophe (OWASP "CSV injection"),
 * since labels such as localities come from local data.
 *
 * <p>Two layouts: {@link #of(Table)} is the table as it looks (a header of column labels, one line
 * per row, figures after the rows, short lines padded to the header's width); {@link #of(List)}
 * puts several tables in one rectangular file with one line per cell: {@code
 * report,row,column,value}.
 */
public final class Csv {

  private static final String CRLF = "\r\n";

  private Csv() {}

  /**
   * One table, as laid out.
   *
   * @param table the table
   * @return the CSV text
   */
  public static String of(Table table) {
    StringWriter out = new StringWriter();
    write(table, out);
    return out.toString();
  }

  /**
   * Several tables in the long layout {@code report,row,column,value}; a figure is a line whose
   * column is empty.
   *
   * @param tables the tables
   * @return the CSV text
   */
  public static String of(List<Table> tables) {
    StringWriter out = new StringWriter();
    write(tables, out);
    return out.toString();
  }

  /**
   * Writes one table, as laid out, to a writer.
   *
   * @param table the table
   * @param out where to write; not closed
   * @throws UncheckedIOException if the writer fails
   */
  public static void write(Table table, Writer out) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(out, "out");
    int width = table.columnLabels().size() + 1;
    List<List<String>> lines = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(table.rowHeading());
    header.addAll(table.columnLabels());
    lines.add(header);
    for (int r = 0; r < table.rowLabels().size(); r++) {
      List<String> line = new ArrayList<>();
      line.add(table.rowLabels().get(r));
      line.addAll(table.rows().get(r));
      lines.add(line);
    }
    for (Table.Figure f : table.figures()) {
      List<String> line = new ArrayList<>(List.of(f.label(), f.value()));
      line.addAll(Collections.nCopies(Math.max(0, width - 2), ""));
      lines.add(line);
    }
    writeLines(lines, out);
  }

  /**
   * Writes several tables in the long layout to a writer.
   *
   * @param tables the tables
   * @param out where to write; not closed
   * @throws UncheckedIOException if the writer fails
   */
  public static void write(List<Table> tables, Writer out) {
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(out, "out");
    List<List<String>> lines = new ArrayList<>();
    lines.add(List.of("report", "row", "column", "value"));
    for (Table t : tables) {
      for (int r = 0; r < t.rowLabels().size(); r++) {
        for (int c = 0; c < t.columnLabels().size(); c++) {
          lines.add(
              List.of(t.title(), t.rowLabels().get(r), t.columnLabels().get(c), t.cell(r, c)));
        }
      }
      for (Table.Figure f : t.figures()) {
        lines.add(List.of(t.title(), f.label(), "", f.value()));
      }
    }
    writeLines(lines, out);
  }

  /**
   * One field, quoted and escaped where RFC 4180 needs it.
   *
   * @param value the text
   * @return the field as written
   */
  static String field(String value) {
    String safe = value;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    boolean quote =
        safe.indexOf(',') >= 0
            || safe.indexOf('"') >= 0
            || safe.indexOf('\n') >= 0
            || safe.indexOf('\r') >= 0;
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  private static void writeLines(List<List<String>> lines, Writer out) {
    try {
      for (List<String> line : lines) {
        out.write(String.join(",", line.stream().map(Csv::field).toList()));
        out.write(CRLF);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the report", e);
    }
  }
}
