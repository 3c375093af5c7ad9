package org.opendsr.core.register;

import java.time.LocalDate;
import java.util.Optional;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;

/** The people in the case notes. All invented; NHS numbers are valid but not real people's. */
final class People {

  private People() {}

  /** Maya, 14 in spring 2026, autistic, lives with her mother; at school with an EHC plan. */
  static PersonDetails maya() {
    return new PersonDetails(
        PersonName.of("Maya", "Okafor"),
        DateOfBirth.of(LocalDate.of(2011, 9, 14)),
        NhsNumber.parse("943 476 5919"),
        new Residence(
            "12 Mill Lane, Swindon",
            Optional.of("SN1 2AB"),
            "Swindon",
            Residence.Setting.FAMILY_HOME),
        Diagnosis.AUTISM,
        true);
  }

  /** David, 52, has a learning disability and lives in supported living. */
  static PersonDetails david() {
    return PersonDetails.of(
        PersonName.of("David", "Marsh"),
        DateOfBirth.of(LocalDate.of(1974, 2, 3)),
        NhsNumber.parse("4010232137"),
        new Residence(
            "Flat 3, Elm Court, Bath",
            Optional.empty(),
            "Bath",
            Residence.Setting.SUPPORTED_LIVING),
        Diagnosis.LEARNING_DISABILITY);
  }

  /** Sam, 20, has a learning disability and autism, lives at home. */
  static PersonDetails sam() {
    return PersonDetails.of(
        PersonName.of("Sam", "Reid"),
        DateOfBirth.of(LocalDate.of(2005, 11, 1)),
        NhsNumber.parse("4857773457"),
        Residence.of("4 Station Road, Chippenham", "Wiltshire"),
        Diagnosis.LEARNING_DISABILITY_AND_AUTISM);
  }

  /** Priya, 26, autistic, lives in her own flat. */
  static PersonDetails priya() {
    return PersonDetails.of(
        PersonName.of("Priya", "Shah"),
        DateOfBirth.of(LocalDate.of(2000, 1, 20)),
        NhsNumber.parse("9123456787"),
        Residence.of("22 Canal Walk, Devizes", "Wiltshire"),
        Diagnosis.AUTISM);
  }

  /** Lee, 31, awaiting an autism assessment. */
  static PersonDetails lee() {
    return PersonDetails.of(
        PersonName.of("Lee", "Turner"),
        DateOfBirth.of(LocalDate.of(1995, 6, 30)),
        NhsNumber.parse("5551234568"),
        Residence.of("9 Bridge Street, Trowbridge", "Wiltshire"),
        Diagnosis.SUSPECTED_AUTISM);
  }

  /** Jo, 40, learning disability. */
  static PersonDetails jo() {
    return PersonDetails.of(
        PersonName.of("Jo", "Evans"),
        DateOfBirth.of(LocalDate.of(1986, 4, 4)),
        NhsNumber.parse("6001234566"),
        Residence.of("7 Hill View, Salisbury", "Wiltshire"),
        Diagnosis.LEARNING_DISABILITY);
  }

  static Referral bySchoolNurse(LocalDate on) {
    return Referral.of(
        ReferralSource.PROFESSIONAL,
        on,
        "school nurse",
        ContactDetails.email("school.nurse@example.nhs.uk"));
  }

  static Referral byFamily(LocalDate on) {
    return Referral.of(
        ReferralSource.FAMILY_OR_CARER, on, "sister", ContactDetails.telephone("01793 000000"));
  }

  static Referral bySelf(LocalDate on) {
    return Referral.of(ReferralSource.SELF, on, "self", ContactDetails.telephone("07700 900000"));
  }
}
