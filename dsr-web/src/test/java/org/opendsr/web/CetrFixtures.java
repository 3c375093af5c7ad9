package org.opendsr.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.RecordedRating;

/** People for the C(E)TR and hospital-stay tests, made through the library. */
final class CetrFixtures {

  private CetrFixtures() {}

  /** A person on the register rated Red today, so a C(E)TR is due. */
  static Entry ratedRed(
      AccessControlledRegister register,
      DynamicSupportRegister inner,
      LocalDate born,
      LocalDate today) {
    Entry e = Fixtures.active(register, inner, born, today);
    RecordedRating red =
        RecordedRating.asSuggested(
            Instruments.nationalDefinitions()
                .decide(
                    Assessment.of(
                        PersonContext.inCommunity(born),
                        today,
                        Map.of(
                            Instruments.IMMEDIATE_RISK_OF_ADMISSION, Answer.yes(),
                            Instruments.IN_CRISIS, Answer.no(),
                            Instruments.RISK_NOT_MANAGED_IN_COMMUNITY, Answer.no(),
                            Instruments.IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION, Answer.no(),
                            Instruments.SIGNIFICANTLY_INCREASED_RISK, Answer.no(),
                            Instruments.SOME_RISKS_CURRENTLY_MANAGED, Answer.no()))));
    return register
        .handle(
            Fixtures.COORDINATOR,
            AccessPurpose.DIRECT_CARE,
            new Command.RecordRating("coordinator", e.id(), e.version(), red))
        .entry();
  }

  /**
   * A person referred, with their own consent, some days ago: work the library raised then is due
   * soon or overdue today.
   */
  static Entry activeSince(
      AccessControlledRegister register,
      DynamicSupportRegister inner,
      LocalDate born,
      LocalDate since) {
    PersonDetails person =
        PersonDetails.of(
            PersonName.of("Robin", "Fixture"),
            DateOfBirth.of(born),
            NhsNumber.parse(Fixtures.freshNhsNumber(inner)),
            Residence.of("1 Test Street", "Swindon"),
            Diagnosis.LEARNING_DISABILITY);
    Referral referral =
        Referral.of(
            ReferralSource.PROFESSIONAL, since, "GP", ContactDetails.telephone("01234 567890"));
    EntryId id =
        register
            .handle(
                Fixtures.COORDINATOR,
                AccessPurpose.DIRECT_CARE,
                new Command.Refer(
                    "coordinator",
                    person,
                    referral,
                    List.of(ConsentGiven.of(Purpose.inclusion(), since, "coordinator"))))
            .entryId();
    return register.entry(Fixtures.COORDINATOR, AccessPurpose.DIRECT_CARE, id);
  }

  /** The C(E)TR the library asked for. */
  static Task review(Entry e) {
    return e.openTasks(TaskKind.CETR).get(0);
  }

  /** Consent to the review, given by the person today. */
  static Entry consented(AccessControlledRegister register, Entry e, LocalDate today) {
    return register
        .handle(
            Fixtures.COORDINATOR,
            AccessPurpose.DIRECT_CARE,
            new Command.RecordConsent(
                "coordinator",
                e.id(),
                e.version(),
                ConsentGiven.of(Purpose.cetr(review(e).id().value()), today, "coordinator")))
        .entry();
  }

  /**
   * The council's social care team involved, with the person's consent to share with it, so that
   * the demo agency worker may see the person but not record reviews or admissions.
   */
  static Entry sharedWithTheCouncil(AccessControlledRegister register, Entry e, LocalDate today) {
    Entry involved =
        register
            .handle(
                Fixtures.COORDINATOR,
                AccessPurpose.DIRECT_CARE,
                new Command.AddProfessional(
                    "coordinator",
                    e.id(),
                    e.version(),
                    new Agency(
                        "COUNCIL-SOCIAL-CARE", "Council social care", Agency.Kind.SOCIAL_CARE),
                    new Professional(
                        "social-worker",
                        PersonName.of("Alex", "Worker"),
                        "Social worker",
                        "COUNCIL-SOCIAL-CARE",
                        ContactDetails.telephone("01234 567890"))))
            .entry();
    return register
        .handle(
            Fixtures.COORDINATOR,
            AccessPurpose.DIRECT_CARE,
            new Command.RecordConsent(
                "coordinator",
                e.id(),
                involved.version(),
                ConsentGiven.of(Purpose.sharingWith("COUNCIL-SOCIAL-CARE"), today, "coordinator")))
        .entry();
  }
}
