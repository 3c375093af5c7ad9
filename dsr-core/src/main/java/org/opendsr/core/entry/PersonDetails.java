package org.opendsr.core.entry;

import java.util.Objects;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;

/**
 * Who the entry is about: the personal part of the minimum data set. {@link #toString()} shows only
 * the diagnosis and whether there is an EHC plan.
 *
 * @param name the person's name
 * @param dateOfBirth the date of birth
 * @param nhsNumber the NHS number, which links episodes of the same person
 * @param residence where the person lives
 * @param diagnosis learning disability and/or autism, or suspected autism
 * @param educationHealthAndCarePlan whether the person has an Education, Health and Care Plan
 *     (18-25 year olds with one get the education element of a C(E)TR)
 */
public record PersonDetails(
    PersonName name,
    DateOfBirth dateOfBirth,
    NhsNumber nhsNumber,
    Residence residence,
    Diagnosis diagnosis,
    boolean educationHealthAndCarePlan) {

  /** Validates every part. */
  public PersonDetails {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(nhsNumber, "nhsNumber");
    Objects.requireNonNull(residence, "residence");
    Objects.requireNonNull(diagnosis, "diagnosis");
  }

  /**
   * Creates the details of a person without an EHC plan.
   *
   * @param name name
   * @param dateOfBirth date of birth
   * @param nhsNumber NHS number
   * @param residence residence
   * @param diagnosis diagnosis
   * @return the details
   */
  public static PersonDetails of(
      PersonName name,
      DateOfBirth dateOfBirth,
      NhsNumber nhsNumber,
      Residence residence,
      Diagnosis diagnosis) {
    return new PersonDetails(name, dateOfBirth, nhsNumber, residence, diagnosis, false);
  }

  /**
   * These details with the EHC plan flag set.
   *
   * @param hasPlan whether the person has an EHC plan
   * @return new details
   */
  public PersonDetails withEducationHealthAndCarePlan(boolean hasPlan) {
    return new PersonDetails(name, dateOfBirth, nhsNumber, residence, diagnosis, hasPlan);
  }

  /** Shows no personal data. */
  @Override
  public String toString() {
    return "PersonDetails[diagnosis="
        + diagnosis
        + ", educationHealthAndCarePlan="
        + educationHealthAndCarePlan
        + "]";
  }
}
