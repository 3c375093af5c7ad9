package org.opendsr.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.cetr.CetrPlan;
import org.opendsr.core.cetr.Panel;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.json.JsonEventCodec;

/**
 * A C(E)TR's plan (the day booked, the panel and when the papers went out) is stored with the
 * entry's events and read back by a register opened afresh on the same database.
 */
class CetrPlanReloadTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  static List<DataSource> databases() {
    return TestDatabases.all();
  }

  private static DynamicSupportRegister open(DataSource ds) throws SQLException {
    return DynamicSupportRegister.create(
        new JdbcRegisterStore(DsrDatabase.migrate(ds), JsonEventCodec.standard()),
        Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC),
        WorkingDayCalendar.englandAndWales(),
        LocalPolicy.defaults());
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_planned_review_survives_a_reload_from_the_database(DataSource ds) throws SQLException {
    DynamicSupportRegister register = open(ds);
    EntryId id =
        register
            .handle(
                new Command.Refer(
                    "coordinator-1",
                    PersonDetails.of(
                        PersonName.of("Test", "Person"),
                        DateOfBirth.of(LocalDate.of(2000, 1, 1)),
                        NhsNumber.parse("9434765919"),
                        Residence.of("1 Test Street", "Testshire"),
                        Diagnosis.AUTISM),
                    Referral.of(ReferralSource.SELF, TODAY, "self", ContactDetails.email("a@b.cd")),
                    List.of(ConsentGiven.of(Purpose.inclusion(), TODAY, "coordinator-1"))))
            .entryId();
    CetrPlan plan =
        new CetrPlan(
            TODAY.plusDays(14),
            Panel.of("chair-1", "clinical-expert-2", "expert-by-experience-3"),
            Optional.of(TODAY));
    register.handle(
        new Command.PlanCetr(
            "coordinator-1",
            id,
            register.entry(id).version(),
            TODAY.plusDays(14),
            Optional.of(plan)));

    DynamicSupportRegister reopened = open(ds);
    String reviewId = reopened.entry(id).openTasks(TaskKind.CETR).get(0).id().value();

    assertThat(reopened.entry(id).cetrPlan(reviewId)).contains(plan);
  }
}
