package org.opendsr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.core.Violation;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.policy.CetrTimescales;
import org.opendsr.core.policy.LocalPolicy;

/** Strict reading of the register's documents, with the JSON path of every bad value. */
class RegisterStrictReadingTest {

  private static final DsrJson JSON = DsrJson.standard();

  private static List<Violation> violations(String json, Class<?> type) {
    JsonFormatException error =
        catchThrowableOfType(JsonFormatException.class, () -> JSON.read(json, type));
    assertThat(error).as("a JsonFormatException for %s", json).isNotNull();
    return error.violations();
  }

  private static String policyWith(String from, String to) {
    String json = JSON.write(LocalPolicy.defaults());
    assertThat(json).contains(from);
    return json.replace(from, to);
  }

  @Test
  void an_event_of_an_unknown_type_is_rejected_at_its_type() {
    assertThat(
            violations(
                "{\"version\":1,\"kind\":\"register-event\",\"type\":\"teleported\",\"on\":\"2026-05-11\"}",
                RegisterEvent.class))
        .extracting(Violation::field)
        .containsExactly("$.type");
  }

  @Test
  void an_event_with_an_unknown_field_a_missing_field_or_a_bad_date_names_each_path() {
    String json =
        "{\"version\":1,\"kind\":\"register-event\",\"type\":\"entry-closed\","
            + "\"on\":\"2026-02-30\",\"colour\":\"red\"}";
    assertThat(violations(json, RegisterEvent.class))
        .extracting(Violation::field)
        .containsExactlyInAnyOrder("$.on", "$.reason", "$");
  }

  @Test
  void a_nested_problem_is_reported_at_its_full_path() {
    String json =
        "{\"version\":1,\"kind\":\"register-event\",\"type\":\"cetr-held\",\"record\":{"
            + "\"reviewId\":\"r1\",\"heldOn\":\"2026-05-11\",\"kind\":\"CTR\","
            + "\"educationElement\":false,\"panel\":{\"members\":{\"CHAIR\":\"u1\",\"JUDGE\":\"u2\"}},"
            + "\"findings\":{\"IS_SAFE\":7}}}";
    assertThat(violations(json, RegisterEvent.class))
        .extracting(Violation::field)
        .containsExactly("$.record.panel.members", "$.record.findings.IS_SAFE");
  }

  @Test
  void a_closed_task_without_an_outcome_is_rejected_at_the_missing_field() {
    String json =
        "{\"version\":1,\"kind\":\"register-event\",\"type\":\"task-opened\",\"task\":{"
            + "\"id\":\"t1\",\"kind\":\"DSR_REVIEW\",\"opened\":\"2026-05-11\","
            + "\"due\":\"2026-05-25\",\"detail\":\"d\",\"closedOn\":\"2026-05-12\"}}";
    assertThat(violations(json, RegisterEvent.class))
        .extracting(Violation::field)
        .containsExactly("$.task.outcome");
  }

  @Test
  void an_event_of_another_variant_than_asked_for_is_rejected_at_its_type() {
    String json = JSON.write(new RegisterEvent.Discharged(LocalDate.of(2026, 5, 11)));
    assertThat(violations(json, RegisterEvent.Admitted.class))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("$.type", "must be admitted"));
  }

  @Test
  void a_recorded_event_is_read_from_the_value_of_its_document() {
    RecordedEvent event =
        new RecordedEvent(
            EntryId.of("E-000001"),
            3,
            "coordinator-1",
            java.time.Instant.parse("2026-05-11T09:00:00Z"),
            "entry closed",
            new RegisterEvent.EntryClosed(LocalDate.of(2026, 5, 11), CloseReason.DIED));
    String json = JSON.write(event);
    assertThat(json).startsWith("{\"version\":1,\"kind\":\"recorded-event\",\"value\":{");
    // The register's rule names the field, so the problem is reported at it.
    assertThat(violations(json.replace("\"version\":3", "\"version\":0"), RecordedEvent.class))
        .containsExactly(Violation.of("$.value.version", "must be at least 1"));
    assertThat(violations(json.replace("\"version\":3", "\"version\":3.5"), RecordedEvent.class))
        .extracting(Violation::field)
        .containsExactly("$.value.version");
  }

  @Test
  void an_entry_view_missing_its_version_or_with_a_bad_task_names_each_path() {
    org.opendsr.core.entry.Entry entry =
        new org.opendsr.core.entry.Entry(
            EntryId.of("E-000007"),
            1,
            new org.opendsr.core.entry.PersonDetails(
                org.opendsr.core.person.PersonName.of("Test", "Person"),
                org.opendsr.core.person.DateOfBirth.of(LocalDate.of(2001, 2, 3)),
                org.opendsr.core.person.NhsNumber.parse("9434765919"),
                org.opendsr.core.person.Residence.of("1 Test Street", "Testshire"),
                org.opendsr.core.person.Diagnosis.AUTISM,
                false),
            org.opendsr.core.referral.Referral.of(
                org.opendsr.core.referral.ReferralSource.SELF,
                LocalDate.of(2026, 5, 11),
                "self",
                org.opendsr.core.person.ContactDetails.email("a@b.cd")),
            org.opendsr.core.entry.Lifecycle.referred(),
            List.of(),
            org.opendsr.core.entry.CareTeam.none(),
            org.opendsr.core.entry.CaseSummary.empty(),
            org.opendsr.core.entry.RatingHistory.none(),
            org.opendsr.core.entry.CetrHistory.none(),
            List.of(),
            org.opendsr.core.entry.WorkPlan.none()
                .withTasks(
                    List.of(
                        org.opendsr.core.schedule.Task.open(
                            org.opendsr.core.schedule.TaskId.of("T-1"),
                            org.opendsr.core.schedule.TaskKind.FIRST_CONTACT,
                            LocalDate.of(2026, 5, 11),
                            LocalDate.of(2026, 5, 18),
                            "5 working days from referral"))),
            7);
    String json = JSON.write(entry);
    assertThat(JSON.read(json, org.opendsr.core.entry.Entry.class)).isEqualTo(entry);

    String broken = json.replace(",\"version\":7}", "}").replace("\"FIRST_CONTACT\"", "\"LUNCH\"");
    assertThat(violations(broken, org.opendsr.core.entry.Entry.class))
        .extracting(Violation::field)
        .containsExactly("$.value.tasks[0].kind", "$.value.version");
  }

  @Test
  void a_local_policy_missing_a_review_interval_is_rejected_at_the_intervals() {
    assertThat(violations(policyWith("\"BLUE\":\"P3M\",", ""), LocalPolicy.class))
        .extracting(Violation::field)
        .containsExactly("$.reviewIntervals");
  }

  @Test
  void a_local_policy_with_an_unknown_rating_or_a_bad_period_names_each_path() {
    String json =
        policyWith("\"BLUE\":\"P3M\"", "\"BLUE\":\"P3M\",\"PURPLE\":\"P1M\"")
            .replace("\"firstRiskReviewWithin\":\"P28D\"", "\"firstRiskReviewWithin\":\"4 weeks\"");
    assertThat(violations(json, LocalPolicy.class))
        .extracting(Violation::field)
        .containsExactly("$.reviewIntervals", "$.firstRiskReviewWithin");
  }

  @Test
  void a_local_policy_breaking_a_domain_rule_names_the_field() {
    assertThat(
            violations(policyWith("\"dueSoonDays\":14", "\"dueSoonDays\":-1"), LocalPolicy.class))
        .extracting(Violation::field, Violation::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("$.dueSoonDays", "must not be negative"));
  }

  @Test
  void
      a_local_policy_written_before_the_childrens_community_cetr_timescale_reads_with_the_national_week() {
    String old = policyWith(",\"communityCetrForRedChild\":\"P7D\"", "");
    LocalPolicy read = JSON.readLocalPolicy(old);
    assertThat(read.cetrTimescales().communityCetrForRedChild()).isEqualTo(Period.ofWeeks(1));
    assertThat(read).isEqualTo(LocalPolicy.defaults());
  }

  @Test
  void a_shorter_community_cetr_timescale_written_for_everybody_still_applies_to_children() {
    String old =
        policyWith(",\"communityCetrForRedChild\":\"P7D\"", "")
            .replace("\"communityCetrForRed\":\"P14D\"", "\"communityCetrForRed\":\"P3D\"");
    CetrTimescales read = JSON.readLocalPolicy(old).cetrTimescales();
    assertThat(read.communityCetrForRed()).isEqualTo(Period.ofDays(3));
    assertThat(read.communityCetrForRedChild()).isEqualTo(Period.ofDays(3));
  }

  @Test
  void the_childrens_community_cetr_timescale_is_written_and_checked_on_its_own() {
    assertThat(
            violations(
                policyWith(
                    "\"communityCetrForRedChild\":\"P7D\"", "\"communityCetrForRedChild\":\"P0D\""),
                LocalPolicy.class))
        .extracting(Violation::field)
        .containsExactly("$.cetrTimescales.communityCetrForRedChild");
  }

  @Test
  void errors_in_events_never_repeat_personal_data() {
    String nhs = "9434765918";
    String json =
        "{\"version\":1,\"kind\":\"register-event\",\"type\":\"person-details-updated\","
            + "\"person\":{\"name\":{\"given\":\"Zebedee\",\"family\":\"Quill\"},"
            + "\"dateOfBirth\":\"2001-02-03\",\"nhsNumber\":\""
            + nhs
            + "\",\"residence\":{\"address\":\"1 Secret Lane\",\"locality\":\"Hidden\","
            + "\"setting\":\"FAMILY_HOME\"},\"diagnosis\":\"AUTISM\","
            + "\"educationHealthAndCarePlan\":\"no\"}}";
    JsonFormatException error =
        catchThrowableOfType(JsonFormatException.class, () -> JSON.read(json, RegisterEvent.class));
    assertThat(error.violations())
        .extracting(Violation::field)
        .containsExactlyInAnyOrder("$.person.nhsNumber", "$.person.educationHealthAndCarePlan");
    assertThat(error.getMessage())
        .doesNotContain(nhs, "Zebedee", "Quill", "2001-02-03", "Secret", "Hidden");
  }
}
