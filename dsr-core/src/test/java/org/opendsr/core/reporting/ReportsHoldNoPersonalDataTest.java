package org.opendsr.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.rating.Rating;

/**
 * Builds every report from a fixture register of fictional people and searches the published tables
 * and CSV for each person's name, NHS number and date of birth.
 */
class ReportsHoldNoPersonalDataTest {

  private static final LocalDate ON = LocalDate.of(2026, 3, 31);
  private static final ReportingPeriod YEAR =
      ReportingPeriod.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

  private static final String[] GIVEN = {
    "Isolde", "Peregrine", "Wilhelmina", "Barnaby", "Ottoline", "Cuthbert", "Marigold", "Ptolemy"
  };
  private static final String[] FAMILY = {
    "Brackenridge", "Quillfeather", "Ashdown-Vane", "Thistlewood", "Merriweather"
  };
  private static final String[] LOCALITIES = {"Swindon", "Wiltshire", "Bath"};
  private static final String[] THEMES = {"HOUSING", "CRISIS_SUPPORT", "SHORT_BREAKS", "WORKFORCE"};

  /** A fictional person, kept beside the register so the test knows what must not leak. */
  private record Person(PersonName name, NhsNumber nhsNumber, DateOfBirth dateOfBirth) {}

  private record Fixture(List<Person> people, List<ReportRecord> records) {}

  private static Fixture fictionalRegister() {
    List<Person> people = new ArrayList<>();
    List<ReportRecord> records = new ArrayList<>();
    int i = 0;
    for (int n = 100_000_000; people.size() < 40; n += 7_919) {
      String nine = String.valueOf(n);
      var check = NhsNumber.checkDigitFor(nine);
      if (check.isEmpty()) {
        continue;
      }
      Person person =
          new Person(
              PersonName.of(GIVEN[i % GIVEN.length], FAMILY[i % FAMILY.length]),
              NhsNumber.parse(nine + check.get()),
              DateOfBirth.of(LocalDate.of(1950 + (i * 7) % 70, 1 + i % 12, 1 + (i * 5) % 28)));
      people.add(person);
      Rating[] ratings = Rating.values();
      ReportRecord.Builder b =
          ReportRecord.builder("pseud-" + Integer.toHexString(31 * i + 7))
              .added(LocalDate.of(2024, 1 + i % 12, 1 + i % 27))
              .ageOn(person.dateOfBirth(), ON)
              .diagnosis(Diagnosis.values()[i % Diagnosis.values().length])
              .locality(LOCALITIES[i % LOCALITIES.length])
              .agency("ICB1")
              .agency(i % 2 == 0 ? "TRUST2" : "COUNCIL3")
              .rated(LocalDate.of(2025, 5, 1), ratings[i % ratings.length])
              .rated(LocalDate.of(2025, 11, 1), i % 10 == 0 ? Rating.BLUE : ratings[1 + i % 3])
              .escalated(LocalDate.of(2025, 1 + i % 12, 10))
              .theme(THEMES[i % THEMES.length])
              .nationalDataOptOut(i % 13 == 5);
      b = i % 3 == 0 ? b.cetrHeld(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 9, 28)) : b;
      b = i % 3 == 1 ? b.cetrHeld(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 8)) : b;
      b = i % 11 == 0 ? b.closed(LocalDate.of(2026, 2, 1), CloseReason.NO_LONGER_AT_RISK) : b;
      records.add(b.build());
      i++;
    }
    return new Fixture(people, records);
  }

  private static List<String> forbiddenTextFor(Person p) {
    LocalDate dob = p.dateOfBirth().value();
    return List.of(
        p.name().given(),
        p.name().family(),
        p.name().given() + " " + p.name().family(),
        p.nhsNumber().value(),
        p.nhsNumber().formatted(),
        dob.toString(),
        dob.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
        dob.format(DateTimeFormatter.ofPattern("d/M/yyyy")),
        dob.format(DateTimeFormatter.BASIC_ISO_DATE));
  }

  private static List<String> everythingPublished(List<Table> tables) {
    List<String> texts = new ArrayList<>();
    for (Table t : tables) {
      texts.add(t.title());
      texts.add(t.rowHeading());
      texts.add(t.toString());
      texts.addAll(t.rowLabels());
      texts.addAll(t.columnLabels());
      t.rows().forEach(texts::addAll);
      t.figures().forEach(f -> texts.add(f.label() + " " + f.value()));
      texts.add(Csv.of(t));
    }
    texts.add(Csv.of(tables));
    return texts;
  }

  @Test
  void no_report_or_csv_contains_a_fixture_persons_name_nhs_number_or_date_of_birth() {
    Fixture fixture = fictionalRegister();
    RegisterReports reports = RegisterReports.of(fixture.records());
    List<Table> tables = new ArrayList<>(reports.standardSet(ON, YEAR));
    for (Dimension d : Dimension.values()) {
      tables.add(reports.byRatingAnd(d, ON));
    }

    List<String> published = everythingPublished(tables);

    assertThat(fixture.people()).hasSize(40);
    assertThat(published).hasSizeGreaterThan(100);
    for (Person person : fixture.people()) {
      for (String forbidden : forbiddenTextFor(person)) {
        assertThat(published).noneMatch(text -> text.contains(forbidden));
      }
    }
  }

  @Test
  void the_fixture_is_rich_enough_for_the_search_to_mean_something() {
    Fixture fixture = fictionalRegister();
    Table byRating = RegisterReports.of(fixture.records()).byRating(ON);

    // Some counts are shown and some hidden, so both paths of publishing were searched.
    assertThat(byRating.rows().stream().flatMap(List::stream)).contains("*");
    assertThat(byRating.cell("Total", "People")).isNotEqualTo("*");
  }
}
