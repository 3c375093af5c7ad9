package org.opendsr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DsrCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Dsr dsr =
      new Dsr(
          Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")),
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void demo_checks_nhs_numbers_and_counts_working_days_over_christmas() {
    assertThat(dsr.run("demo")).isZero();
    assertThat(out())
        .contains("943 476 5919")
        .contains("*** *** 5919")
        .contains("check digit does not match")
        .contains("identical digits")
        .contains("first contact due Tue 5 Jan 2027")
        .contains("Boxing Day (substitute day)");
  }

  @Test
  void check_nhs_accepts_a_valid_number_and_rejects_a_bad_one_without_echoing_it() {
    assertThat(dsr.run("check-nhs", "4010232137")).isZero();
    assertThat(out()).contains("401 023 2137");
    assertThat(dsr.run("check-nhs", "9434765918")).isEqualTo(1);
    assertThat(err()).contains("nhsNumber").doesNotContain("9434765918");
  }

  @Test
  void due_counts_working_days() {
    assertThat(dsr.run("due", "2026-12-24", "5")).isZero();
    assertThat(out()).contains("2027-01-05");
  }

  @Test
  void usage_errors_exit_2_with_one_line_and_no_stack_trace() {
    assertThat(dsr.run("frobnicate")).isEqualTo(2);
    assertThat(dsr.run("due", "24/12/2026", "5")).isEqualTo(2);
    assertThat(dsr.run("due", "2026-12-24", "-1")).isEqualTo(2);
    assertThat(err().lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("dsr: "));
    assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
