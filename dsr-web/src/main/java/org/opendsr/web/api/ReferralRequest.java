package org.opendsr.web.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.validation.ValidNhsNumber;

/**
 * A referral as a JSON body: who is referred and who referred them. Field names are those of the
 * library's records ({@code PersonDetails}, {@code Referral}), so a problem's field is the same
 * path in the body and in the library's rule. Dates are checked by the register against its own
 * clock (a referral not in the future, nor before the person was born), not here. Nothing here is
 * logged or shown in an error.
 *
 * @param person who is referred
 * @param referral who referred, when and how to reach them
 */
public record ReferralRequest(@NotNull @Valid Person person, @NotNull @Valid Referral referral) {

  /**
   * The person referred.
   *
   * @param name the person's name
   * @param dateOfBirth the date of birth, written as YYYY-MM-DD
   * @param nhsNumber the NHS number, 10 digits, optionally grouped 3 3 4
   * @param residence where the person lives
   * @param diagnosis learning disability and/or autism, or suspected autism
   * @param educationHealthAndCarePlan whether the person has an EHC plan; absent means no
   */
  public record Person(
      @NotNull @Valid Name name,
      @NotNull LocalDate dateOfBirth,
      @NotBlank @ValidNhsNumber String nhsNumber,
      @NotNull @Valid Residence residence,
      @NotNull Diagnosis diagnosis,
      Boolean educationHealthAndCarePlan) {

    @Override
    public String toString() {
      return "Person[***]";
    }
  }

  /**
   * A name.
   *
   * @param given given name(s)
   * @param family family name
   * @param preferred the name the person likes to be called, if any
   */
  public record Name(
      @NotBlank @Size(max = 200) String given,
      @NotBlank @Size(max = 200) String family,
      @Size(max = 200) String preferred) {

    @Override
    public String toString() {
      return "Name[***]";
    }
  }

  /**
   * Where the person lives.
   *
   * @param address the address lines, one string
   * @param postcode a UK postcode, if known
   * @param locality the reporting area, e.g. a council or place name
   * @param setting the kind of place the person lives in
   */
  public record Residence(
      @NotNull @Size(max = 1000) String address,
      String postcode,
      @NotBlank String locality,
      @NotNull org.opendsr.core.person.Residence.Setting setting) {

    @Override
    public String toString() {
      return "Residence[***]";
    }
  }

  /**
   * The referral.
   *
   * @param source who referred: the person, family or a carer, or a professional
   * @param date the date the referral was received, written as YYYY-MM-DD
   * @param referrerRole the referrer's role or relationship, e.g. "school nurse" (not a name)
   * @param referrerContact how to reach the referrer
   */
  public record Referral(
      @NotNull ReferralSource source,
      @NotNull LocalDate date,
      @NotBlank @Size(max = 200) String referrerRole,
      @NotNull @Valid Contact referrerContact) {

    @Override
    public String toString() {
      return "Referral[***]";
    }
  }

  /**
   * How to reach the referrer: a telephone number and/or an email address.
   *
   * @param telephone digits, spaces, brackets, hyphens and a leading plus
   * @param email an address with one {@code @}
   */
  public record Contact(String telephone, String email) {

    @Override
    public String toString() {
      return "Contact[***]";
    }
  }

  @Override
  public String toString() {
    return "ReferralRequest[***]";
  }
}
