package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.ParentalConsent.ChildsView;
import org.opendsr.consent.Purpose;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.InMemoryAuditTrail;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.reporting.Csv;
import org.opendsr.core.reporting.EntryReportRecords;
import org.opendsr.core.reporting.NationalDataOptOut;
import org.opendsr.core.reporting.ReportRecord;
import org.opendsr.core.reporting.ReportingPeriod;
import org.opendsr.core.reporting.Table;
import org.opendsr.core.reporting.ThemeCodes;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.rating.Rating;

/**
 * Reports made from the register's own entries: what goes in, who is left out, and that nothing
 * identifying anyone comes out.
 */
class RegisterReportsFromEntriesTest {

  private static final LocalDate START = LocalDate.of(2026, 3, 2);
  private final Casework desk = Casework.openOn(START);
  private final List<PersonDetails> people =
      List.of(People.maya(), People.david(), People.sam(), People.priya(), People.jo());

  /** Everyone referred with consent, rated, and Maya escalated to Red with a C(E)TR held. */
  private EntryId fillTheRegister() {
    EntryId maya =
        desk.refer(
            People.maya(),
            People.bySchoolNurse(START),
            ParentalConsent.withChildsView(
                Purpose.inclusion(), START, "mother-1", ChildsView.AGREES, Casework.COORDINATOR));
    desk.rate(maya, Ratings.rated(People.maya(), START, Rating.AMBER));
    for (PersonDetails p : people.subList(1, people.size())) {
      EntryId id =
          desk.refer(
              p,
              People.byFamily(START),
              ConsentGiven.of(Purpose.inclusion(), START, Casework.COORDINATOR));
      desk.rate(id, Ratings.rated(p, START, Rating.GREEN));
    }
    desk.today(START.plusDays(7));
    desk.rate(maya, Ratings.rated(People.maya(), START.plusDays(7), Rating.RED));
    String cetr = desk.entry(maya).openTasks(TaskKind.CETR).get(0).id().value();
    desk.today(START.plusDays(10));
    desk.record(
        maya,
        ParentalConsent.withChildsView(
            Purpose.cetr(cetr), START.plusDays(10), "mother-1", ChildsView.AGREES, "c"));
    desk.holdCetr(
        maya,
        cetr,
        START.plusDays(10),
        Casework.fullPanel(),
        new PlannedAction(
            "Short breaks at weekends",
            "sw-1",
            "COUNCIL",
            START.plusDays(30),
            java.util.Optional.of("SHORT_BREAKS")));
    return maya;
  }

  @Test
  void entries_become_records_with_ratings_escalations_cetrs_and_coded_service_gaps() {
    fillTheRegister();
    List<ReportRecord> records =
        EntryReportRecords.of(
            desk.register.entries(),
            START.plusDays(20),
            NationalDataOptOut.nobody(),
            ThemeCodes.defaults());
    assertThat(records).hasSize(5);
    ReportRecord maya = records.get(0);
    assertThat(maya.ratingOn(START.plusDays(8))).contains(Rating.RED);
    assertThat(maya.escalations()).containsExactly(START.plusDays(7));
    assertThat(maya.cetrs()).singleElement().satisfies(c -> assertThat(c.held()).isPresent());
    assertThat(maya.themes()).extracting(Object::toString).containsExactly("SHORT_BREAKS");
    assertThat(maya.toString()).doesNotContain("Maya").doesNotContain("5919");
  }

  @Test
  void people_with_a_national_data_opt_out_are_left_out_of_the_reports() {
    fillTheRegister();
    NationalDataOptOut davidOptedOut = NationalDataOptOut.of(Set.of(People.david().nhsNumber()));
    List<ReportRecord> records =
        EntryReportRecords.of(
            desk.register.entries(), START.plusDays(20), davidOptedOut, ThemeCodes.defaults());
    assertThat(records).filteredOn(ReportRecord::nationalDataOptOut).hasSize(1);
  }

  @Test
  void no_report_or_csv_from_the_fixture_register_names_anyone() {
    fillTheRegister();
    AccessControlledRegister guarded =
        AccessControlledRegister.of(desk.register, new InMemoryAuditTrail(), desk.clock);
    Actor analyst = Actor.professional("analyst-1", Role.COMMISSIONER_ANALYST, "ICB");
    List<Table> tables =
        guarded.reports(
            analyst,
            AccessPurpose.COMMISSIONING,
            START.plusDays(20),
            ReportingPeriod.of(START.minusMonths(2), START.plusDays(20)),
            NationalDataOptOut.nobody(),
            ThemeCodes.defaults());
    assertThat(tables).hasSizeGreaterThan(5);
    StringBuilder everything = new StringBuilder(Csv.of(tables));
    for (Table t : tables) {
      everything.append(Csv.of(t)).append(t.title()).append(t.rows()).append(t);
    }
    String published = everything.toString();
    List<String> identifiers = new ArrayList<>();
    for (PersonDetails p : people) {
      identifiers.add(p.name().given());
      identifiers.add(p.name().family());
      identifiers.add(p.nhsNumber().value());
      identifiers.add(p.nhsNumber().formatted());
      identifiers.add(p.dateOfBirth().value().toString());
      identifiers.add(p.dateOfBirth().value().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      identifiers.add(p.residence().address());
    }
    assertThat(identifiers).hasSize(35);
    for (String identifier : identifiers) {
      assertThat(published).as("published reports").doesNotContain(identifier);
    }
  }
}
