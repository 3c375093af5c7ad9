package org.opendsr.core.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * Where a person lives: the address and postcode (personal data), the locality the register reports
 * by (a place or local authority area, not personal data on its own), and the kind of setting,
 * because placement breakdown is one of the risks the register watches.
 *
 * @param address the address lines, one string; personal data
 * @param postcode a UK postcode, normalised to upper case with one space, if known
 * @param locality the reporting area, e.g. a council or place name
 * @param setting the kind of place the person lives in
 */
public record Residence(
    String address, Optional<String> postcode, String locality, Setting setting) {

  /** The kinds of setting a person on the register lives in. */
  public enum Setting {
    /** With family or carers at home. */
    FAMILY_HOME,
    /** In their own tenancy, alone or supported. */
    OWN_HOME,
    /** Supported living. */
    SUPPORTED_LIVING,
    /** A residential care or nursing home. */
    RESIDENTIAL_CARE,
    /** A residential school or college. */
    RESIDENTIAL_EDUCATION,
    /** A mental health or specialist hospital (the person is an inpatient). */
    HOSPITAL,
    /** Anything else, e.g. custody or no fixed abode. */
    OTHER
  }

  /** Validates every part and reports all problems together. */
  public Residence {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(postcode, "postcode");
    Objects.requireNonNull(locality, "locality");
    Objects.requireNonNull(setting, "setting");
    address = address.strip();
    locality = locality.strip();
    postcode = postcode.map(Residence::normalisePostcode).filter(p -> !p.isEmpty());
    List<Violation> problems = new ArrayList<>();
    if (locality.isEmpty()) {
      problems.add(Violation.of("residence.locality", "must not be blank"));
    }
    if (address.length() > 1000) {
      problems.add(Violation.of("residence.address", "must be at most 1000 characters"));
    }
    postcode
        .filter(p -> !looksLikePostcode(p))
        .ifPresent(
            p ->
                problems.add(
                    Violation.of("residence.postcode", "must be a UK postcode such as SN1 2AB")));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /**
   * Creates a residence in a family home with no postcode known.
   *
   * @param address address lines
   * @param locality the reporting area
   * @return the residence
   */
  public static Residence of(String address, String locality) {
    return new Residence(address, Optional.empty(), locality, Setting.FAMILY_HOME);
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  // Royal Mail shape: outward code (2-4 chars, letter first) space inward code (digit letter
  // letter).
  private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}");

  private static String normalisePostcode(String raw) {
    String compact = WHITESPACE.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
    if (compact.length() < 5) {
      return compact;
    }
    return compact.substring(0, compact.length() - 3)
        + " "
        + compact.substring(compact.length() - 3);
  }

  private static boolean looksLikePostcode(String p) {
    return POSTCODE.matcher(p).matches();
  }

  /** Reveals only the locality and setting; the address and postcode are personal data. */
  @Override
  public String toString() {
    return "Residence[locality=" + locality + ", setting=" + setting + "]";
  }
}
