package org.opendsr.consent;

/**
 * What a consent record is for. Purposes are separate (NHS England DSR and C(E)TR policy (2023);
 * Mental Capacity Act 2005): inclusion on the register, sharing with each named agency, each
 * C(E)TR, and keyworker referral.
 *
 * <p>A record covers exactly one purpose, compared with {@code equals}: consent to share with one
 * agency does not cover another agency, and consent to one C(E)TR does not cover the next one.
 * Identifiers are opaque strings chosen by the register (never names of people).
 */
public sealed interface Purpose
    permits Purpose.Inclusion, Purpose.SharingWith, Purpose.Cetr, Purpose.KeyworkerReferral {

  /**
   * Inclusion on the dynamic support register.
   *
   * @return the purpose
   */
  static Purpose inclusion() {
    return new Inclusion();
  }

  /**
   * Sharing information with one named agency.
   *
   * @param agencyId the opaque identifier of the agency; not blank
   * @return the purpose
   * @throws ConsentException if {@code agencyId} is blank
   */
  static Purpose sharingWith(String agencyId) {
    return new SharingWith(agencyId);
  }

  /**
   * One specific Care (Education) and Treatment Review: consent is asked again for every C(E)TR.
   *
   * @param reviewId the opaque identifier of the review; not blank
   * @return the purpose
   * @throws ConsentException if {@code reviewId} is blank
   */
  static Purpose cetr(String reviewId) {
    return new Cetr(reviewId);
  }

  /**
   * Referral to the keyworker service.
   *
   * @return the purpose
   */
  static Purpose keyworkerReferral() {
    return new KeyworkerReferral();
  }

  /**
   * A short description for reasons shown to people, free of personal data.
   *
   * @return for example {@code "inclusion on the register"}
   */
  String description();

  /** Inclusion on the register. */
  record Inclusion() implements Purpose {
    @Override
    public String description() {
      return "inclusion on the register";
    }
  }

  /**
   * Sharing with one named agency.
   *
   * @param agencyId opaque identifier of the agency, not blank
   */
  record SharingWith(String agencyId) implements Purpose {
    /** Validates the identifier. */
    public SharingWith {
      Checks.nonBlank(agencyId, "agencyId");
    }

    @Override
    public String description() {
      return "sharing with agency " + agencyId;
    }
  }

  /**
   * One specific C(E)TR.
   *
   * @param reviewId opaque identifier of the review, not blank
   */
  record Cetr(String reviewId) implements Purpose {
    /** Validates the identifier. */
    public Cetr {
      Checks.nonBlank(reviewId, "reviewId");
    }

    @Override
    public String description() {
      return "C(E)TR " + reviewId;
    }
  }

  /** Referral to the keyworker service. */
  record KeyworkerReferral() implements Purpose {
    @Override
    public String description() {
      return "keyworker referral";
    }
  }
}
