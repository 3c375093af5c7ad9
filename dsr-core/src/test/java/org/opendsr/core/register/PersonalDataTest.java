package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.ParentalConsent.ChildsView;
import org.opendsr.consent.Purpose;
import org.opendsr.core.ValidationException;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.Residence;
import org.opendsr.rating.Rating;

/** Names, NHS numbers, dates of birth and addresses never appear in what the register prints. */
class PersonalDataTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final String[] MAYA = {
    "Maya",
    "Okafor",
    "9434765919",
    "943 476 5919",
    "2011-09-14",
    "Mill Lane",
    "SN1 2AB",
    "school.nurse@",
    "Intensive support",
    "Moved to her aunt"
  };

  @Test
  void no_event_command_or_entry_prints_personal_data() {
    Casework desk = Casework.openOn(DAY);
    PersonDetails maya = People.maya();
    Command.Refer refer =
        new Command.Refer(
            Casework.COORDINATOR,
            maya,
            People.bySchoolNurse(DAY),
            List.of(
                ParentalConsent.withChildsView(
                    Purpose.inclusion(), DAY, "mother-1", ChildsView.AGREES, "u1")));
    EntryId id = desk.register.handle(refer).entryId();
    desk.rate(id, Ratings.rated(maya, DAY, Rating.RED));
    Command.AddAction action =
        new Command.AddAction(
            Casework.COORDINATOR,
            id,
            desk.version(id),
            PlannedAction.of("Intensive support from Maya's nurse", "nurse-5", "AWP", DAY));
    desk.register.handle(action);
    Command.UpdateCaseSummary summary =
        new Command.UpdateCaseSummary(
            Casework.COORDINATOR,
            id,
            desk.version(id),
            new CaseSummary("Moved to her aunt at Mill Lane", "", "", ""));
    desk.register.handle(summary);

    List<Object> printed = List.of(refer, action, summary, desk.entry(id));
    assertThat(printed).allSatisfy(o -> assertThat(o.toString()).doesNotContain(MAYA));
    assertThat(desk.register.history(id))
        .extracting(RecordedEvent::toString)
        .allSatisfy(s -> assertThat(s).doesNotContain(MAYA));
  }

  @Test
  void a_carry_over_and_its_event_print_no_personal_data() {
    Casework desk = Casework.openOn(DAY);
    PersonDetails maya = People.maya();
    Command.CarryOver carryOver =
        new Command.CarryOver(
            Casework.COORDINATOR,
            maya,
            People.bySchoolNurse(DAY),
            List.of(
                ParentalConsent.withChildsView(
                    Purpose.inclusion(), DAY, "mother-1", ChildsView.AGREES, "u1")),
            Optional.of(Ratings.rated(maya, DAY, Rating.RED)),
            new CaseSummary("Lives with her aunt at Mill Lane", "", "", ""));
    EntryId id = desk.register.handle(carryOver).entryId();

    assertThat(carryOver.toString()).doesNotContain(MAYA).doesNotContain("Mill Lane");
    assertThat(desk.register.history(id))
        .extracting(RecordedEvent::toString)
        .singleElement()
        .asString()
        .contains("CarriedOver")
        .doesNotContain(MAYA)
        .doesNotContain("Mill Lane");
  }

  @Test
  void a_move_and_a_new_diagnosis_update_the_person_but_the_nhs_number_is_fixed() {
    Casework desk = Casework.openOn(DAY);
    PersonDetails lee = People.jo();
    EntryId id = desk.refer(lee, People.bySelf(DAY));
    PersonDetails assessed =
        new PersonDetails(
            lee.name(),
            lee.dateOfBirth(),
            lee.nhsNumber(),
            new Residence(
                "1 New Road, Devizes", Optional.empty(), "Wiltshire", Residence.Setting.OWN_HOME),
            Diagnosis.LEARNING_DISABILITY_AND_AUTISM,
            false);
    Entry entry =
        desk.register
            .handle(
                new Command.UpdatePersonDetails(
                    Casework.COORDINATOR, id, desk.version(id), assessed))
            .entry();
    assertThat(entry.person().diagnosis()).isEqualTo(Diagnosis.LEARNING_DISABILITY_AND_AUTISM);
    assertThat(entry.status()).as("still waiting for consent").isEqualTo(EntryStatus.REFERRED);
    assertThat(entry.person().residence().setting()).isEqualTo(Residence.Setting.OWN_HOME);

    PersonDetails otherNumber =
        new PersonDetails(
            lee.name(),
            lee.dateOfBirth(),
            NhsNumber.parse("7000000015"),
            lee.residence(),
            lee.diagnosis(),
            false);
    long before = desk.register.history(id).size();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                desk.register.handle(
                    new Command.UpdatePersonDetails(
                        Casework.COORDINATOR, id, desk.version(id), otherNumber)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("person.nhsNumber"))
        .hasMessageNotContaining("7000000015");
    assertThat(desk.register.history(id)).hasSize((int) before);
  }

  @Test
  void the_access_facts_of_an_entry_and_the_person_as_caller_print_no_nhs_number() {
    Casework desk = Casework.openOn(DAY);
    EntryId id =
        desk.refer(
            People.maya(),
            People.bySchoolNurse(DAY),
            ParentalConsent.withChildsView(
                Purpose.inclusion(), DAY, "mother-1", ChildsView.AGREES, "u1"));
    AccessControlledRegister register =
        AccessControlledRegister.of(
            desk.register, new org.opendsr.core.audit.InMemoryAuditTrail(), desk.clock);

    org.opendsr.core.access.EntryAccessFacts facts = register.factsOf(desk.entry(id));
    org.opendsr.core.access.Actor maya =
        org.opendsr.core.access.Actor.person("maya-login", People.maya().nhsNumber().value());

    assertThat(facts.personKey()).isEqualTo("9434765919");
    assertThat(facts.toString()).doesNotContain(MAYA).doesNotContain("5919");
    assertThat(maya.toString()).doesNotContain(MAYA).doesNotContain("5919");
  }
}
