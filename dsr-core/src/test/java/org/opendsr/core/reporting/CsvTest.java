package org.opendsr.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  private static final Table TABLE =
      Table.of(
          "People, by locality",
          "Locality",
          List.of("North \"Town\"", "South"),
          List.of("People"),
          new int[][] {{3}, {40}},
          Totals.TOTAL_ROW,
          SuppressionPolicy.nhsDefault());

  @Test
  void plain_fields_are_written_as_they_are() {
    assertThat(Csv.field("Swindon")).isEqualTo("Swindon");
    assertThat(Csv.field("")).isEmpty();
  }

  @Test
  void fields_with_a_comma_quote_or_line_break_are_quoted_and_quotes_doubled() {
    assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
  }

  @Test
  void fields_a_spreadsheet_would_run_as_a_formula_are_defused() {
    assertThat(Csv.field("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(Csv.field("@cmd")).isEqualTo("'@cmd");
    assertThat(Csv.field("+1")).isEqualTo("'+1");
    assertThat(Csv.field("-1,2")).isEqualTo("\"'-1,2\"");
  }

  @Test
  void a_table_is_written_as_laid_out_with_crlf_line_ends() {
    assertThat(Csv.of(TABLE))
        .isEqualTo("Locality,People\r\n\"North \"\"Town\"\"\",*\r\nSouth,*\r\nTotal,45\r\n");
  }

  @Test
  void figures_follow_the_rows_padded_to_the_width_of_the_header() {
    Table wide =
        Table.of(
                "t",
                "Row",
                List.of("a"),
                List.of("x", "y"),
                new int[][] {{10, 10}},
                Totals.NONE,
                SuppressionPolicy.nhsDefault())
            .withFigures(List.of(new Table.Figure("Share", "50%")));

    assertThat(Csv.of(wide)).isEqualTo("Row,x,y\r\na,10,10\r\nShare,50%,\r\n");
  }

  @Test
  void several_tables_are_written_one_cell_per_line() {
    Table withFigure = TABLE.withFigures(List.of(new Table.Figure("Share", "*")));

    assertThat(Csv.of(List.of(withFigure)))
        .isEqualTo(
            "report,row,column,value\r\n"
                + "\"People, by locality\",\"North \"\"Town\"\"\",People,*\r\n"
                + "\"People, by locality\",South,People,*\r\n"
                + "\"People, by locality\",Total,People,45\r\n"
                + "\"People, by locality\",Share,,*\r\n");
  }

  @Test
  void a_failing_writer_is_reported_as_an_unchecked_error() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };

    assertThatThrownBy(() -> Csv.write(TABLE, broken)).isInstanceOf(UncheckedIOException.class);
  }
}
