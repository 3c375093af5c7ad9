package org.opendsr.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DynamicSupportRegister;

/** People for the web tests, made through the library as the demo coordinator would. */
final class Fixtures {

  static final Actor COORDINATOR = Actor.professional("coordinator", Role.DSR_COORDINATOR, "ICB");

  private Fixtures() {}

  /** An NHS number from the test range that nobody on the register has. */
  static String freshNhsNumber(DynamicSupportRegister register) {
    while (true) {
      String first = "999" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
      Optional<Integer> check = NhsNumber.checkDigitFor(first);
      if (check.isPresent()) {
        NhsNumber n = NhsNumber.parse(first + check.get());
        if (register.episodesOf(n).isEmpty()) {
          return n.formatted();
        }
      }
    }
  }

  /** A person referred today, born on a day, with no consent yet. */
  static Entry referred(
      AccessControlledRegister register,
      DynamicSupportRegister inner,
      LocalDate born,
      LocalDate today) {
    PersonDetails person =
        PersonDetails.of(
            PersonName.of("Robin", "Fixture"),
            DateOfBirth.of(born),
            NhsNumber.parse(freshNhsNumber(inner)),
            Residence.of("1 Test Street", "Swindon"),
            Diagnosis.LEARNING_DISABILITY);
    Referral referral =
        Referral.of(
            ReferralSource.PROFESSIONAL, today, "GP", ContactDetails.telephone("01234 567890"));
    EntryId id =
        register
            .handle(
                COORDINATOR,
                AccessPurpose.DIRECT_CARE,
                new Command.Refer(COORDINATOR.userId(), person, referral, List.of()))
            .entryId();
    return register.entry(COORDINATOR, AccessPurpose.DIRECT_CARE, id);
  }

  /** A person referred today with their own consent to inclusion, so on the register. */
  static Entry active(
      AccessControlledRegister register,
      DynamicSupportRegister inner,
      LocalDate born,
      LocalDate today) {
    Entry e = referred(register, inner, born, today);
    register.handle(
        COORDINATOR,
        AccessPurpose.DIRECT_CARE,
        new Command.RecordConsent(
            COORDINATOR.userId(),
            e.id(),
            e.version(),
            ConsentGiven.of(Purpose.inclusion(), today, COORDINATOR.userId())));
    return register.entry(COORDINATOR, AccessPurpose.DIRECT_CARE, e.id());
  }
}
