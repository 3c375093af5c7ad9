package org.opendsr.consent;

import java.util.Objects;

/**
 * The UK GDPR lawful basis for processing a person's health data on the register.
 *
 * <p>This is separate from consent to be on the register (UK GDPR): the register records both.
 * Consent for inclusion is decided by {@link ConsentRules}; the lawful basis for processing is not
 * a {@link ConsentRecord} and never permits a purpose on its own.
 *
 * @param article6 the Article 6(1) condition
 * @param article9 the Article 9(2) condition for special category (health) data
 */
public record LawfulBasis(Article6 article6, Article9 article9) {

  /** Article 6(1) conditions that apply to a register kept by health and care bodies. */
  public enum Article6 {
    /** 6(1)(c): legal obligation. */
    LEGAL_OBLIGATION("UK GDPR Art 6(1)(c)"),
    /** 6(1)(e): a task carried out in the public interest or in official authority. */
    PUBLIC_TASK("UK GDPR Art 6(1)(e)");

    private final String citation;

    Article6(String citation) {
      this.citation = citation;
    }

    /**
     * The legal citation.
     *
     * @return for example {@code "UK GDPR Art 6(1)(e)"}
     */
    public String citation() {
      return citation;
    }
  }

  /** Article 9(2) conditions for health data that apply to a register. */
  public enum Article9 {
    /** 9(2)(h): health or social care. */
    HEALTH_OR_SOCIAL_CARE("UK GDPR Art 9(2)(h)"),
    /** 9(2)(i): public health. */
    PUBLIC_HEALTH("UK GDPR Art 9(2)(i)");

    private final String citation;

    Article9(String citation) {
      this.citation = citation;
    }

    /**
     * The legal citation.
     *
     * @return for example {@code "UK GDPR Art 9(2)(h)"}
     */
    public String citation() {
      return citation;
    }
  }

  /** Validates both fields. */
  public LawfulBasis {
    Objects.requireNonNull(article6, "article6");
    Objects.requireNonNull(article9, "article9");
  }

  /**
   * The lawful basis for a DSR under UK GDPR: Art 6(1)(e) public task and Art 9(2)(h) health or
   * social care.
   *
   * @return the default lawful basis
   */
  public static LawfulBasis publicTaskForHealthAndCare() {
    return new LawfulBasis(Article6.PUBLIC_TASK, Article9.HEALTH_OR_SOCIAL_CARE);
  }
}
