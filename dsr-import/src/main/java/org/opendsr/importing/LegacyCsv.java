package org.opendsr.importing;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * A legacy spreadsheet saved as CSV (RFC 4180: commas, double quotes, quoted commas and line
 * breaks, CRLF or LF line ends; UTF-8 with or without the byte-order mark Excel writes), read one
 * row at a time so a file of any length needs little memory.
 *
 * <p>The first row holds the column headings. Opening the file checks that every heading the
 * mapping names is there; a heading the mapping does not name is ignored.
 *
 * <p>A row that breaks the format does not stop the file: a quote inside an unquoted cell, or text
 * after a closing quote, is that row's {@link LegacyRow#formatProblem()} (naming the row and
 * column), and reading goes on at the next line. A quote that is never closed takes the rest of the
 * file with it, as the format leaves no way to tell where it should have ended: that row is bad,
 * and it is the last.
 */
public final class LegacyCsv implements Closeable {

  private static final int EOF = -1;

  private final CountingStream bytes;
  private final Reader in;
  private Map<ColumnMapping.Field, Integer> index = Map.of();
  private List<String> headings = List.of();
  private final long size;
  private final char[] buffer = new char[1 << 16];
  private int at;
  private int end;
  private long rowNumber = 1;
  private RawRow pending;
  private boolean finished;

  /** The cells of one record and where it first broke the format, if it did. */
  private record RawRow(String[] cells, int badColumn, String rule) {}

  private LegacyCsv(CountingStream bytes, Reader in, long size) {
    this.bytes = bytes;
    this.in = in;
    this.size = size;
  }

  /**
   * Opens a file and checks its headings against a mapping.
   *
   * @param file the CSV file
   * @param mapping the column mapping
   * @return the open file, positioned after the heading row
   * @throws IOException if the file cannot be read
   * @throws ValidationException if the file is empty, its heading row is not well-formed CSV, or a
   *     mapped heading is missing (naming the mapping key and the heading, which are not personal
   *     data)
   */
  public static LegacyCsv open(Path file, ColumnMapping mapping) throws IOException {
    long size = Files.size(file);
    CountingStream counting = new CountingStream(Files.newInputStream(file));
    try {
      Reader reader =
          new InputStreamReader(
              counting,
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT));
      LegacyCsv csv = new LegacyCsv(counting, reader, size);
      RawRow header = csv.record();
      if (header == null) {
        throw ValidationException.of("file", "is empty: the first row must hold column headings");
      }
      if (header.badColumn() >= 0) {
        throw ValidationException.of("file", "is not well-formed CSV near row 1 (the headings)");
      }
      List<String> headings = new ArrayList<>();
      for (int i = 0; i < header.cells().length; i++) {
        String h = header.cells()[i].strip();
        if (i == 0 && h.startsWith("\uFEFF")) {
          h = h.substring(1).strip();
        }
        headings.add(h);
      }
      Map<ColumnMapping.Field, Integer> index = new EnumMap<>(ColumnMapping.Field.class);
      List<Violation> problems = new ArrayList<>();
      for (Map.Entry<ColumnMapping.Field, String> e : mapping.columns().entrySet()) {
        int found = indexOfIgnoringCase(headings, e.getValue());
        if (found < 0) {
          problems.add(
              Violation.of(
                  "mapping." + e.getKey().key(),
                  "names the column \"" + e.getValue() + "\", which is not in the heading row"));
        } else {
          index.put(e.getKey(), found);
        }
      }
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
      csv.index = index;
      csv.headings = List.copyOf(headings);
      return csv;
    } catch (CharacterCodingException e) {
      counting.close();
      throw ValidationException.of("file", "is not UTF-8 text (save the sheet as CSV UTF-8)");
    } catch (IOException | RuntimeException e) {
      counting.close();
      throw e;
    }
  }

  private static int indexOfIgnoringCase(List<String> headings, String wanted) {
    for (int i = 0; i < headings.size(); i++) {
      if (headings.get(i).equalsIgnoreCase(wanted.strip())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether another row follows.
   *
   * @return true if there is a next row
   * @throws UncheckedIOException if the file cannot be read
   * @throws ValidationException if the file stops being UTF-8 text (naming the row only)
   */
  public boolean hasNext() {
    if (pending == null) {
      try {
        pending = record();
      } catch (CharacterCodingException e) {
        throw ValidationException.of(
            "file", "is not UTF-8 text near row " + (rowNumber + 1) + " (save it as CSV UTF-8)");
      } catch (IOException e) {
        throw new UncheckedIOException("the CSV file could not be read", e);
      }
    }
    return pending != null;
  }

  /**
   * The next row.
   *
   * @return the row
   * @throws NoSuchElementException if there is none
   * @throws UncheckedIOException if the file cannot be read
   */
  public LegacyRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more rows");
    }
    RawRow raw = pending;
    pending = null;
    rowNumber++;
    Optional<RowProblem> problem = Optional.empty();
    if (raw.badColumn() >= 0) {
      String column = raw.badColumn() < headings.size() ? headings.get(raw.badColumn()) : "-";
      problem = Optional.of(new RowProblem(rowNumber, column, raw.rule()));
    }
    return new LegacyRow(rowNumber, raw.cells(), index, headings, problem);
  }

  private int read() throws IOException {
    if (at == end) {
      if (finished) {
        return EOF;
      }
      int n = in.read(buffer, 0, buffer.length);
      if (n <= 0) {
        finished = true;
        return EOF;
      }
      at = 0;
      end = n;
    }
    return buffer[at++];
  }

  private int peek() throws IOException {
    int c = read();
    if (c != EOF) {
      at--;
    }
    return c;
  }

  /** Reads one record, or null at the end of the file. */
  private RawRow record() throws IOException {
    int c = read();
    if (c == EOF) {
      return null;
    }
    at--;
    List<String> cells = new ArrayList<>(Math.max(8, headings.size()));
    StringBuilder cell = new StringBuilder(32);
    int badColumn = -1;
    String rule = null;
    while (true) {
      c = read();
      boolean quoted = c == '"';
      if (quoted) {
        boolean closed = false;
        while (true) {
          c = read();
          if (c == EOF) {
            break;
          }
          if (c == '"') {
            if (peek() == '"') {
              read();
              cell.append('"');
              continue;
            }
            closed = true;
            break;
          }
          cell.append((char) c);
        }
        if (!closed) {
          cells.add(cell.toString());
          if (badColumn < 0) {
            badColumn = cells.size() - 1;
            rule =
                "opens a quote that is never closed, so the rest of the file could not be read"
                    + " (close the quote, or remove it)";
          }
          return new RawRow(cells.toArray(String[]::new), badColumn, rule);
        }
        c = read();
        if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
          if (badColumn < 0) {
            badColumn = cells.size();
            rule = "has text after a closing quote (a cell in quotes must end at its quote)";
          }
          // Kept as written, so the rejects file shows the cell whole.
          cell.append('"').append((char) c);
          c = unquotedRest(cell);
        }
      } else {
        if (c != EOF) {
          at--;
        }
        int before = cell.length();
        c = unquotedRest(cell);
        if (badColumn < 0 && cell.indexOf("\"", before) >= 0) {
          badColumn = cells.size();
          rule = "has a quote inside a cell that does not start with one (write it as \"\")";
        }
      }
      cells.add(cell.toString());
      cell.setLength(0);
      if (c == ',') {
        continue;
      }
      if (c == '\r' && peek() == '\n') {
        read();
      }
      return new RawRow(cells.toArray(String[]::new), badColumn, rule);
    }
  }

  /** Appends an unquoted cell's text; returns what ended it: a comma, a line end or EOF. */
  private int unquotedRest(StringBuilder cell) throws IOException {
    while (true) {
      if (at < end) {
        // Fast path within the buffer.
        int i = at;
        while (i < end) {
          char ch = buffer[i];
          if (ch == ',' || ch == '\n' || ch == '\r') {
            break;
          }
          i++;
        }
        cell.append(buffer, at, i - at);
        at = i;
        if (i < end) {
          return buffer[at++];
        }
      }
      int c = read();
      if (c == EOF || c == ',' || c == '\n' || c == '\r') {
        return c;
      }
      cell.append((char) c);
    }
  }

  /**
   * How far through the file reading has got.
   *
   * @return bytes read so far
   */
  public long bytesRead() {
    return bytes.count;
  }

  /**
   * The size of the file.
   *
   * @return bytes
   */
  public long size() {
    return size;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static final class CountingStream extends FilterInputStream {
    private long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
