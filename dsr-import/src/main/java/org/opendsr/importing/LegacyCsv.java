package org.opendsr.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * A legacy spreadsheet saved as CSV (RFC 4180, UTF-8 with or without the byte-order mark Excel
 * writes), read one row at a time so a file of any length needs little memory.
 *
 * <p>The first row holds the column headings. Opening the file checks that every heading the
 * mapping names is there; a heading the mapping does not name is ignored.
 */
public final class LegacyCsv implements Closeable {

  private static final CsvMapper MAPPER = new CsvMapper();

  private final CountingStream bytes;
  private final MappingIterator<String[]> rows;
  private final Map<ColumnMapping.Field, Integer> index;
  private final List<String> headings;
  private final long size;
  private long rowNumber = 1;

  private LegacyCsv(
      CountingStream bytes,
      MappingIterator<String[]> rows,
      Map<ColumnMapping.Field, Integer> index,
      List<String> headings,
      long size) {
    this.bytes = bytes;
    this.rows = rows;
    this.index = index;
    this.headings = headings;
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
      Reader reader = new InputStreamReader(counting, StandardCharsets.UTF_8);
      MappingIterator<String[]> rows =
          MAPPER
              .readerFor(String[].class)
              .with(CsvSchema.emptySchema())
              .with(CsvParser.Feature.WRAP_AS_ARRAY)
              .readValues(reader);
      String[] header;
      try {
        if (!rows.hasNextValue()) {
          throw ValidationException.of("file", "is empty: the first row must hold column headings");
        }
        header = rows.nextValue();
      } catch (JsonProcessingException e) {
        throw notWellFormed(1);
      }
      List<String> headings = new ArrayList<>();
      for (int i = 0; i < header.length; i++) {
        String h = header[i] == null ? "" : header[i].strip();
        if (i == 0 && h.startsWith("\uFEFF")) {
          h = h.substring(1).strip();
        }
        headings.add(h);
      }
      Map<ColumnMapping.Field, Integer> index = new EnumMap<>(ColumnMapping.Field.class);
      List<Violation> problems = new ArrayList<>();
      for (Map.Entry<ColumnMapping.Field, String> e : mapping.columns().entrySet()) {
        int at = indexOfIgnoringCase(headings, e.getValue());
        if (at < 0) {
          problems.add(
              Violation.of(
                  "mapping." + e.getKey().key(),
                  "names the column \"" + e.getValue() + "\", which is not in the heading row"));
        } else {
          index.put(e.getKey(), at);
        }
      }
      if (!problems.isEmpty()) {
        throw new ValidationException(problems);
      }
      return new LegacyCsv(counting, rows, index, List.copyOf(headings), size);
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
   * @throws ValidationException if the next row is not well-formed CSV (naming the row only)
   */
  public boolean hasNext() {
    try {
      return rows.hasNextValue();
    } catch (JsonProcessingException e) {
      throw notWellFormed(rowNumber + 1);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /**
   * The file is not well-formed CSV. Jackson's message is not repeated: it may quote the row, which
   * holds personal data.
   */
  private static ValidationException notWellFormed(long row) {
    return ValidationException.of("file", "is not well-formed CSV near row " + row);
  }

  /**
   * The next row.
   *
   * @return the row
   * @throws NoSuchElementException if there is none
   * @throws UncheckedIOException if the file cannot be read
   * @throws ValidationException if the row is not well-formed CSV (naming the row only)
   */
  public LegacyRow next() {
    long number = rowNumber + 1;
    String[] cells;
    try {
      if (!rows.hasNextValue()) {
        throw new NoSuchElementException("no more rows");
      }
      cells = rows.nextValue();
    } catch (JsonProcessingException e) {
      throw notWellFormed(number);
    } catch (IOException e) {
      throw new UncheckedIOException("the CSV file could not be read near row " + number, e);
    } catch (NoSuchElementException e) {
      throw e;
    } catch (RuntimeException e) {
      // Jackson's CSV parser also fails with its own unchecked exceptions on some malformed text.
      throw notWellFormed(number);
    }
    rowNumber = number;
    return new LegacyRow(rowNumber, cells, index, headings);
  }

  /**
   * A failure reading the row after the last one read ({@code rowNumber} counts the heading as row
   * 1 and every row read so far): a parse error names that row, any other the file.
   */
  private UncheckedIOException failed(IOException e) {
    if (e instanceof com.fasterxml.jackson.core.JacksonException) {
      return notWellFormed(e);
    }
    return new UncheckedIOException("the CSV file could not be read", e);
  }

  private UncheckedIOException notWellFormed(IOException e) {
    return new UncheckedIOException(
        "the CSV file is not well-formed near row " + (rowNumber + 1), e);
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
    rows.close();
    bytes.close();
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
