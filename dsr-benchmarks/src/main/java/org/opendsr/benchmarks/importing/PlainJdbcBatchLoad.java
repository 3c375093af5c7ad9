package org.opendsr.benchmarks.importing;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;

/**
 * The baseline: the good rows of the same file loaded into one flat table with JDBC batches of
 * 1,000, in one transaction. It knows which rows are bad in advance, checks nothing, records no
 * history, consent, rating rules, tasks or audit: the least work a load can do.
 */
final class PlainJdbcBatchLoad {

  private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private PlainJdbcBatchLoad() {}

  static long load(Path csv, BitSet bad, String url) throws IOException, SQLException {
    long written = 0;
    try (Connection c = DriverManager.getConnection(url)) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE legacy_person (nhs_number CHAR(10) PRIMARY KEY, name VARCHAR(200),"
                + " date_of_birth DATE, address VARCHAR(1000), postcode VARCHAR(10),"
                + " rag VARCHAR(10), diagnosis VARCHAR(40), key_workers VARCHAR(2000),"
                + " last_review DATE, notes VARCHAR(2000), consent BOOLEAN)");
      }
      c.setAutoCommit(false);
      try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
          MappingIterator<String[]> rows =
              new CsvMapper()
                  .readerFor(String[].class)
                  .with(CsvSchema.emptySchema())
                  .with(CsvParser.Feature.WRAP_AS_ARRAY)
                  .readValues(in);
          PreparedStatement ps =
              c.prepareStatement("INSERT INTO legacy_person VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
        rows.nextValue();
        int row = 1;
        while (rows.hasNextValue()) {
          String[] r = rows.nextValue();
          row++;
          if (bad.get(row)) {
            continue;
          }
          ps.setString(1, r[2].replace(" ", ""));
          ps.setString(2, r[0]);
          ps.setDate(3, Date.valueOf(LocalDate.parse(r[1], UK)));
          ps.setString(4, r[3]);
          ps.setString(5, r[4]);
          ps.setString(6, r[5]);
          ps.setString(7, r[6]);
          ps.setString(8, r[7]);
          ps.setDate(9, Date.valueOf(LocalDate.parse(r[8], UK)));
          ps.setString(10, r[9]);
          ps.setBoolean(11, "Y".equals(r[10]));
          ps.addBatch();
          if (++written % 1000 == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      }
      c.commit();
    }
    return written;
  }
}
