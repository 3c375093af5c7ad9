package org.opendsr.core.person;

import java.util.List;

/**
 * The diagnosis that brings a person within scope of the register: learning disability and/or
 * autism (national DSR policy 2023). A person awaiting an autism assessment may be considered where
 * local policy allows; that is recorded as {@link #SUSPECTED_AUTISM}, never as a diagnosis.
 *
 * <p>SNOMED CT codes are those of the SNOMED CT UK Edition; the Assuring Transformation patient
 * category is 1 (learning disability), 2 (learning disability and autism) or 3 (autism).
 */
public enum Diagnosis {
  /** A diagnosed learning disability. SNOMED CT 110359009 |Intellectual disability|. */
  LEARNING_DISABILITY(List.of("110359009"), 1),
  /** Diagnosed autism. SNOMED CT 35919005 |Autism spectrum disorder|. */
  AUTISM(List.of("35919005"), 3),
  /** Both a learning disability and autism. */
  LEARNING_DISABILITY_AND_AUTISM(List.of("110359009", "35919005"), 2),
  /** Awaiting an autism assessment: no diagnosis yet, so no SNOMED code and no AT category. */
  SUSPECTED_AUTISM(List.of(), 0);

  /** SNOMED CT 408856003 |Autistic disorder|, accepted on import as autism. */
  public static final String AUTISTIC_DISORDER = "408856003";

  private final List<String> snomedCodes;
  private final int assuringTransformationCategory;

  Diagnosis(List<String> snomedCodes, int assuringTransformationCategory) {
    this.snomedCodes = snomedCodes;
    this.assuringTransformationCategory = assuringTransformationCategory;
  }

  /**
   * The SNOMED CT concept ids that record this diagnosis.
   *
   * @return codes; empty for {@link #SUSPECTED_AUTISM}
   */
  public List<String> snomedCodes() {
    return snomedCodes;
  }

  /**
   * Whether the diagnosis is confirmed (not merely suspected).
   *
   * @return false only for {@link #SUSPECTED_AUTISM}
   */
  public boolean isConfirmed() {
    return this != SUSPECTED_AUTISM;
  }

  /**
   * Whether this diagnosis qualifies a referral for inclusion.
   *
   * @param suspectedAutismAllowed the local option to consider people awaiting an autism assessment
   *     (national policy permits it; off by default in OpenDSR)
   * @return true for a confirmed diagnosis, or a suspected one where allowed
   */
  public boolean qualifiesForInclusion(boolean suspectedAutismAllowed) {
    return isConfirmed() || suspectedAutismAllowed;
  }

  /**
   * The Assuring Transformation patient category: 1 LD, 2 LD and autism, 3 autism.
   *
   * @return the category, or 0 where none applies (suspected autism)
   */
  public int assuringTransformationCategory() {
    return assuringTransformationCategory;
  }

  /**
   * Reads a diagnosis from SNOMED CT codes, as received from another system.
   *
   * @param codes concept ids
   * @return the diagnosis, or empty when no qualifying code is present
   */
  public static java.util.Optional<Diagnosis> fromSnomed(java.util.Collection<String> codes) {
    boolean ld = codes.contains("110359009");
    boolean autism = codes.contains("35919005") || codes.contains(AUTISTIC_DISORDER);
    if (ld && autism) {
      return java.util.Optional.of(LEARNING_DISABILITY_AND_AUTISM);
    }
    if (ld) {
      return java.util.Optional.of(LEARNING_DISABILITY);
    }
    return autism ? java.util.Optional.of(AUTISM) : java.util.Optional.empty();
  }
}
