package org.opendsr.easyread;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendsr.consent.AttorneyDecision;
import org.opendsr.consent.BestInterestsDecision;
import org.opendsr.consent.CapacityAssessment;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.RecordedRating;

/**
 * Fictional people's lives on a register in memory, told through the register's own commands, so
 * each Easy Read document is made from an entry exactly as the register keeps it.
 */
final class Lives {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final String ACTOR = "coordinator-1";
  static final EasyReadSettings SETTINGS =
      EasyReadSettings.of("the Swindon DSR team", "01793 000 000")
          .withAgencyNames(Map.of("SCHOOL-1", "your school"));

  /** A local two-question instrument, so these stories do not hang on any one national wording. */
  private static final Instrument WORRIES =
      Instruments.weightedItems(
          List.of(
              Instruments.WeightedItem.yesNo("worry_a", "A worry?", 1),
              Instruments.WeightedItem.yesNo("worry_b", "Another worry?", 1)),
          1,
          2);

  final DynamicSupportRegister register =
      DynamicSupportRegister.create(
          new InMemoryRegisterStore(),
          Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
          WorkingDayCalendar.englandAndWales(),
          LocalPolicy.defaults());

  static PersonDetails person(String given, String family, int age, String nhsNumber) {
    return PersonDetails.of(
        PersonName.of(given, family),
        DateOfBirth.of(TODAY.minusYears(age).minusDays(40)),
        NhsNumber.parse(nhsNumber),
        Residence.of("1 Fictional Road", "Swindon"),
        Diagnosis.LEARNING_DISABILITY_AND_AUTISM);
  }

  EntryId refer(PersonDetails person, ConsentRecord... consents) {
    return register
        .handle(
            new Command.Refer(
                ACTOR,
                person,
                Referral.of(
                    ReferralSource.FAMILY_OR_CARER,
                    TODAY.minusWeeks(3),
                    "parent",
                    ContactDetails.telephone("01793 000 001")),
                List.of(consents)))
        .entryId();
  }

  static ConsentRecord ownConsent(Purpose purpose) {
    return ConsentGiven.of(purpose, TODAY.minusWeeks(3), ACTOR);
  }

  static ConsentRecord[] parentalConsent() {
    return new ConsentRecord[] {
      ParentalConsent.withChildsView(
          Purpose.inclusion(),
          TODAY.minusWeeks(3),
          "parent-1",
          ParentalConsent.ChildsView.AGREES,
          ACTOR)
    };
  }

  static ConsentRecord[] bestInterests() {
    return new ConsentRecord[] {
      CapacityAssessment.lacksCapacity(
          Purpose.inclusion(),
          TODAY.minusWeeks(3),
          "assessor-1",
          Set.of(CapacityAssessment.Inability.UNDERSTAND)),
      BestInterestsDecision.inFavour(
          Purpose.inclusion(),
          TODAY.minusWeeks(3),
          "decision-maker-1",
          List.of(
              new BestInterestsDecision.ConsultedParty(
                  BestInterestsDecision.Role.FAMILY, "family-1")),
          "support at home is in their interests")
    };
  }

  static ConsentRecord[] attorney() {
    return new ConsentRecord[] {
      CapacityAssessment.lacksCapacity(
          Purpose.inclusion(),
          TODAY.minusWeeks(3),
          "assessor-1",
          Set.of(CapacityAssessment.Inability.USE_OR_WEIGH)),
      AttorneyDecision.consents(
          Purpose.inclusion(),
          TODAY.minusWeeks(3),
          "attorney-1",
          LocalDate.of(1970, 1, 1),
          LocalDate.of(2020, 1, 1))
    };
  }

  Entry contact(EntryId id) {
    return register
        .handle(new Command.RecordFirstContact(ACTOR, id, version(id), TODAY.minusWeeks(2)))
        .entry();
  }

  Entry rate(EntryId id, Rating wanted) {
    Entry entry = register.entry(id);
    PersonContext context =
        PersonContext.inCommunity(entry.person().dateOfBirth().value())
            .withInpatient(entry.isInpatient());
    Map<String, Answer> answers =
        Map.of(
            "worry_a", Answer.of(wanted != Rating.GREEN),
            "worry_b", Answer.of(wanted == Rating.RED || wanted == Rating.BLUE));
    RecordedRating rating =
        RecordedRating.asSuggested(
            WORRIES.decide(
                Assessment.of(context, TODAY.minusWeeks(1), answers),
                RatingPolicy.nationalDefaults()));
    return register.handle(new Command.RecordRating(ACTOR, id, version(id), rating)).entry();
  }

  Entry admit(EntryId id) {
    return register
        .handle(
            new Command.RecordAdmission(
                ACTOR, id, version(id), TODAY, HospitalCode.of("RX1RA"), false))
        .entry();
  }

  Entry involve(EntryId id, Agency agency) {
    Professional professional =
        new Professional(
            "pro-" + agency.id(),
            PersonName.of("Pat", "Helper"),
            "support worker",
            agency.id(),
            ContactDetails.email("pat@example.org"));
    return register
        .handle(new Command.AddProfessional(ACTOR, id, version(id), agency, professional))
        .entry();
  }

  Entry record(EntryId id, ConsentRecord record) {
    return register.handle(new Command.RecordConsent(ACTOR, id, version(id), record)).entry();
  }

  /** The person withdraws consent to be on the register; the register closes the entry. */
  Entry withdraw(EntryId id) {
    return record(id, Withdrawal.of(Purpose.inclusion(), TODAY.minusDays(1), "person", ACTOR));
  }

  EasyReadDocument document(EntryId id) {
    return EasyRead.document(register.entryAsOf(id, TODAY), TODAY, SETTINGS);
  }

  private long version(EntryId id) {
    return register.entry(id).version();
  }
}
