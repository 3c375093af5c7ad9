package org.opendsr.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendsr.rating.Rating.AMBER;
import static org.opendsr.rating.Rating.BLUE;
import static org.opendsr.rating.Rating.GREEN;
import static org.opendsr.rating.Rating.RED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.person.Diagnosis;

class RegisterReportsTest {

  private static final LocalDate ON = LocalDate.of(2026, 3, 31);
  private static final ReportingPeriod QUARTER =
      ReportingPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

  /** Exact counts, so that scenarios can check what was counted; never a publishing policy. */
  private static final ReportSettings EXACT =
      ReportSettings.of(SuppressionPolicy.of(0, 1, true), ThemeCodes.defaults());

  private static ReportRecord.Builder episode(String key) {
    return ReportRecord.builder(key)
        .added(LocalDate.of(2025, 6, 1))
        .ageBand(AgeBand.AGE_18_TO_25)
        .diagnosis(Diagnosis.AUTISM)
        .locality("Swindon");
  }

  @Test
  void people_with_a_national_data_opt_out_are_left_out_of_every_report() {
    List<ReportRecord> records =
        List.of(
            episode("p1").rated(ON.minusDays(10), RED).agency("ICB1").theme("HOUSING").build(),
            episode("p2")
                .rated(ON.minusDays(10), RED)
                .agency("ICB1")
                .theme("HOUSING")
                .escalated(ON.minusDays(5))
                .cetrNotHeld(ON.minusDays(3))
                .closed(ON.minusDays(1), CloseReason.NO_LONGER_AT_RISK)
                .nationalDataOptOut(true)
                .build(),
            // An earlier episode of p2 without the flag is left out too: the opt-out is the
            // person's.
            episode("p2").added(LocalDate.of(2024, 1, 1)).rated(ON, RED).agency("ICB1").build());
    RegisterReports reports = RegisterReports.of(records, EXACT);

    assertThat(reports.byRating(ON).cell("Red", "People")).isEqualTo("1");
    assertThat(reports.byAgency(ON).cell("ICB1", "People")).isEqualTo("1");
    assertThat(reports.by(Dimension.LOCALITY, ON).cell("Total", "People")).isEqualTo("1");
    assertThat(reports.themesAndServiceGaps(QUARTER).cell("HOUSING", "People")).isEqualTo("1");
    assertThat(reports.escalations(QUARTER).cell("Total", "Escalations")).isEqualTo("0");
    assertThat(reports.cetrTimeliness(QUARTER).cell("Total", "C(E)TRs due")).isEqualTo("0");
    assertThat(reports.closures(QUARTER).cell("Total", "Closures")).isEqualTo("0");
    assertThat(reports.ratingTrend(QUARTER).cell("Red", "2026-03")).isEqualTo("1");
  }

  @Test
  void a_snapshot_counts_the_rating_that_applied_on_its_date() {
    ReportRecord escalated =
        episode("p1").rated(LocalDate.of(2026, 1, 10), GREEN).rated(ON, AMBER).build();
    ReportRecord unrated = episode("p2").build();
    RegisterReports reports = RegisterReports.of(List.of(escalated, unrated), EXACT);

    Table before = reports.byRating(ON.minusDays(1));
    assertThat(before.cell("Green", "People")).isEqualTo("1");
    assertThat(before.cell(RegisterReports.NOT_YET_RATED, "People")).isEqualTo("1");
    assertThat(reports.byRating(ON).cell("Amber", "People")).isEqualTo("1");
    assertThat(before.rowLabels())
        .containsExactly("Blue", "Red", "Amber", "Green", "Not yet rated", "Total");
  }

  @Test
  void an_episode_counts_from_the_day_it_is_added_until_the_day_before_it_is_closed() {
    RegisterReports reports =
        RegisterReports.of(
            List.of(
                episode("added-today").added(ON).build(),
                episode("closed-today").closed(ON, CloseReason.MOVED_OUT_OF_AREA).build(),
                episode("closed-tomorrow").closed(ON.plusDays(1), CloseReason.DIED).build(),
                episode("not-yet").added(ON.plusDays(1)).build()),
            EXACT);

    assertThat(reports.byRating(ON).cell("Total", "People")).isEqualTo("2");
  }

  @Test
  void a_person_with_two_open_episodes_is_counted_once() {
    RegisterReports reports =
        RegisterReports.of(
            List.of(
                episode("p1").rated(ON, GREEN).build(),
                episode("p1").added(LocalDate.of(2026, 2, 1)).rated(ON, RED).build()),
            EXACT);

    Table table = reports.byRating(ON);
    assertThat(table.cell("Red", "People")).isEqualTo("1");
    assertThat(table.cell("Total", "People")).isEqualTo("1");
  }

  @Test
  void snapshots_count_by_age_band_diagnosis_locality_and_time_on_register() {
    RegisterReports reports =
        RegisterReports.of(
            List.of(
                episode("p1")
                    .ageBand(AgeBand.AGE_0_TO_13)
                    .diagnosis(Diagnosis.LEARNING_DISABILITY)
                    .locality("Wiltshire")
                    .added(ON.minusMonths(1))
                    .build(),
                episode("p2")
                    .ageBand(AgeBand.AGE_65_AND_OVER)
                    .diagnosis(Diagnosis.SUSPECTED_AUTISM)
                    .added(ON.minusYears(3))
                    .build()),
            EXACT);

    Table age = reports.by(Dimension.AGE_BAND, ON);
    assertThat(age.rowLabels()).containsExactly("0-13", "14-17", "18-25", "26-64", "65+", "Total");
    assertThat(age.cell("0-13", "People")).isEqualTo("1");
    assertThat(age.cell("65+", "People")).isEqualTo("1");
    assertThat(age.title()).isEqualTo("People on the register by age band on 2026-03-31");
    Table diagnosis = reports.by(Dimension.DIAGNOSIS, ON);
    assertThat(diagnosis.cell("Learning disability", "People")).isEqualTo("1");
    assertThat(diagnosis.cell("Awaiting autism assessment", "People")).isEqualTo("1");
    assertThat(diagnosis.cell("Autism", "People")).isEqualTo("0");
    assertThat(reports.by(Dimension.LOCALITY, ON).rowLabels())
        .containsExactly("Swindon", "Wiltshire", "Total");
    Table time = reports.by(Dimension.TIME_ON_REGISTER, ON);
    assertThat(time.cell("Under 3 months", "People")).isEqualTo("1");
    assertThat(time.cell("2 years or more", "People")).isEqualTo("1");
    assertThat(time.rowHeading()).isEqualTo(Dimension.TIME_ON_REGISTER.heading());
  }

  @Test
  void the_cross_tabulation_by_rating_has_row_and_column_totals() {
    RegisterReports reports =
        RegisterReports.of(
            List.of(
                episode("p1").rated(ON, BLUE).build(),
                episode("p2").rated(ON, GREEN).ageBand(AgeBand.AGE_26_TO_64).build()),
            EXACT);

    Table table = reports.byRatingAnd(Dimension.AGE_BAND, ON);
    assertThat(table.totals()).isEqualTo(Totals.BOTH);
    assertThat(table.cell("18-25", "Blue")).isEqualTo("1");
    assertThat(table.cell("26-64", "Green")).isEqualTo("1");
    assertThat(table.cell("Total", "Total")).isEqualTo("2");
  }

  @Test
  void a_person_counts_once_under_each_agency_involved() {
    RegisterReports reports =
        RegisterReports.of(
            List.of(
                episode("p1").agency("ICB1").agency("COUNCIL9").build(),
                episode("p2").agency("ICB1").build()),
            EXACT);

    Table table = reports.byAgency(ON);
    assertThat(table.rowLabels()).containsExactly("COUNCIL9", "ICB1");
    assertThat(table.cell("ICB1", "People")).isEqualTo("2");
    assertThat(table.cell("COUNCIL9", "People")).isEqualTo("1");
    assertThat(table.totals()).isEqualTo(Totals.NONE);
  }

  @Test
  void the_trend_counts_each_rating_at_each_month_end() {
    ReportRecord person =
        episode("p1")
            .rated(LocalDate.of(2026, 1, 15), GREEN)
            .rated(LocalDate.of(2026, 2, 28), RED)
            .rated(LocalDate.of(2026, 3, 1), BLUE)
            .build();
    Table trend = RegisterReports.of(List.of(person), EXACT).ratingTrend(QUARTER);

    assertThat(trend.columnLabels()).containsExactly("2026-01", "2026-02", "2026-03");
    assertThat(trend.cell("Green", "2026-01")).isEqualTo("1");
    assertThat(trend.cell("Red", "2026-02")).isEqualTo("1");
    assertThat(trend.cell("Blue", "2026-03")).isEqualTo("1");
    assertThat(trend.cell("Total", "2026-03")).isEqualTo("1");
  }

  @Test
  void escalations_are_counted_by_month_within_the_period_only() {
    ReportRecord person =
        episode("p1")
            .escalated(LocalDate.of(2025, 12, 31))
            .escalated(LocalDate.of(2026, 1, 2))
            .escalated(LocalDate.of(2026, 1, 20))
            .escalated(LocalDate.of(2026, 3, 31))
            .build();
    Table table = RegisterReports.of(List.of(person), EXACT).escalations(QUARTER);

    assertThat(table.cell("2026-01", "Escalations")).isEqualTo("2");
    assertThat(table.cell("2026-03", "Escalations")).isEqualTo("1");
    assertThat(table.cell("Total", "Escalations")).isEqualTo("3");
  }

  @Test
  void cetr_timeliness_counts_reviews_due_in_the_period_and_gives_the_share_held_in_time() {
    ReportRecord person =
        episode("p1")
            .cetrHeld(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 9))
            .cetrHeld(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 2, 10))
            .cetrHeld(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20))
            .cetrHeld(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 2))
            .cetrNotHeld(LocalDate.of(2025, 12, 1))
            .build();
    Table table = RegisterReports.of(List.of(person), EXACT).cetrTimeliness(QUARTER);

    assertThat(table.cell("Held within timescale", "C(E)TRs due")).isEqualTo("2");
    assertThat(table.cell("Held late", "C(E)TRs due")).isEqualTo("1");
    assertThat(table.cell("Not held by end of period", "C(E)TRs due")).isEqualTo("1");
    assertThat(table.figures())
        .containsExactly(new Table.Figure("Share held within timescale", "50%"));
  }

  @Test
  void the_share_held_in_time_is_hidden_when_its_counts_are_and_made_from_rounded_counts() {
    List<ReportRecord> few = new ArrayList<>();
    List<ReportRecord> many = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      LocalDate due = LocalDate.of(2026, 2, 1);
      ReportRecord.Builder b = episode("p" + i);
      b = i < 13 ? b.cetrHeld(due, due) : b.cetrHeld(due, due.plusDays(1));
      many.add(b.build());
      if (i < 3) {
        few.add(b.build());
      }
    }
    String figure = "Share held within timescale";

    assertThat(RegisterReports.of(few).cetrTimeliness(QUARTER).figures())
        .containsExactly(new Table.Figure(figure, "*"));
    // 13 of 23 is 57%; published as 15 of 25, so the share shown is 60%.
    assertThat(RegisterReports.of(many).cetrTimeliness(QUARTER).figures())
        .containsExactly(new Table.Figure(figure, "60%"));
    assertThat(RegisterReports.of(List.of(), EXACT).cetrTimeliness(QUARTER).figures())
        .containsExactly(new Table.Figure(figure, "n/a"));
  }

  @Test
  void themes_count_people_once_per_code_and_gather_codes_missing_from_the_local_list() {
    ThemeCodes local = ThemeCodes.of(Map.of("HOUSING", "Housing"));
    RegisterReports reports =
        RegisterReports.of(
            List.of(
                episode("p1").theme("HOUSING").theme("FORENSIC").build(),
                episode("p1")
                    .added(LocalDate.of(2025, 1, 1))
                    .closed(LocalDate.of(2026, 1, 5), CloseReason.OTHER)
                    .theme("HOUSING")
                    .build(),
                episode("p2").theme("SHORT_BREAKS").build(),
                episode("p3").added(ON.plusDays(1)).theme("HOUSING").build()),
            ReportSettings.of(SuppressionPolicy.of(0, 1, true), local));

    Table table = reports.themesAndServiceGaps(QUARTER);
    assertThat(table.rowLabels()).containsExactly("HOUSING", ThemeCodes.UNLISTED);
    assertThat(table.cell("HOUSING", "People")).isEqualTo("1");
    assertThat(table.cell(ThemeCodes.UNLISTED, "People")).isEqualTo("2");
  }

  @Test
  void closures_are_counted_by_reason_within_the_period() {
    RegisterReports reports =
        RegisterReports.of(
            List.of(
                episode("p1")
                    .closed(LocalDate.of(2026, 2, 1), CloseReason.NO_LONGER_AT_RISK)
                    .build(),
                episode("p2")
                    .closed(LocalDate.of(2025, 8, 1), CloseReason.NO_LONGER_AT_RISK)
                    .build(),
                episode("p3")
                    .closed(LocalDate.of(2026, 3, 1), CloseReason.CONSENT_WITHDRAWN)
                    .build()),
            EXACT);

    Table table = reports.closures(QUARTER);
    assertThat(table.cell("No longer at risk (stepped down)", "Closures")).isEqualTo("1");
    assertThat(table.cell("Consent withdrawn", "Closures")).isEqualTo("1");
    assertThat(table.cell("Total", "Closures")).isEqualTo("2");
  }

  @Test
  void the_standard_set_holds_every_one_way_report() {
    List<Table> set = RegisterReports.of(List.of(episode("p1").build())).standardSet(ON, QUARTER);

    assertThat(set).hasSize(11);
    assertThat(set).extracting(Table::title).doesNotHaveDuplicates();
  }

  @Test
  void default_reports_publish_small_counts_as_a_star() {
    RegisterReports reports = RegisterReports.of(List.of(episode("p1").rated(ON, RED).build()));

    assertThat(reports.byRating(ON).cell("Red", "People")).isEqualTo("*");
    assertThat(reports.toString()).doesNotContain("p1");
  }
}
