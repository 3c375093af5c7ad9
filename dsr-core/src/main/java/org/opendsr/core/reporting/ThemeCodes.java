package org.opendsr.core.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * The local list of theme and service-gap codes that reports count, each with a description. The
 * order of the list is the order of the rows in the report.
 *
 * <p>The BSW ICB DSR page says DSR reviews are used "to identify key themes, trends and service
 * gaps" without person-identifiable data, but no national code list exists. {@link #defaults()} is
 * a starting list of the gaps DSR panels commonly name; a system replaces it with its own through
 * {@link #of(Map)}. Codes recorded against an episode but missing from the list are counted
 * together under {@link #UNLISTED}, so nothing silently disappears from a report.
 */
public final class ThemeCodes {

  /** The row that counts codes not on the local list. */
  public static final String UNLISTED = "UNLISTED";

  private static final ThemeCodes DEFAULTS =
      of(
          orderedMap(
              "HOUSING", "Suitable housing or accommodation not available",
              "CRISIS_SUPPORT", "No community crisis support or crisis bed",
              "SHORT_BREAKS", "Short breaks or respite not available",
              "EDUCATION_PLACEMENT", "School or college placement at risk or not available",
              "FORENSIC", "Community forensic support not available",
              "WORKFORCE", "Provider or staff team not available or not skilled enough",
              "SOCIAL_CARE_PACKAGE", "Social care package not in place or breaking down",
              "COMMUNITY_MENTAL_HEALTH", "Community mental health support not available",
              "TRANSITION", "Move from children's to adult services not planned",
              "FAMILY_SUPPORT", "Family or carers need support that is not available"));

  private final Map<ThemeCode, String> descriptions;

  private ThemeCodes(Map<ThemeCode, String> descriptions) {
    this.descriptions = descriptions;
  }

  /**
   * The starting list: HOUSING, CRISIS_SUPPORT, SHORT_BREAKS, EDUCATION_PLACEMENT, FORENSIC,
   * WORKFORCE, SOCIAL_CARE_PACKAGE, COMMUNITY_MENTAL_HEALTH, TRANSITION, FAMILY_SUPPORT. A local
   * choice (no national list exists); replace it with {@link #of(Map)}.
   *
   * @return the default list
   */
  public static ThemeCodes defaults() {
    return DEFAULTS;
  }

  /**
   * A local list, in the order given by the map's iteration order.
   *
   * @param codes code to description; codes in the {@link ThemeCode} shape, descriptions not blank,
   *     {@link #UNLISTED} reserved
   * @return the list
   * @throws ValidationException listing every bad code or description
   */
  public static ThemeCodes of(Map<String, String> codes) {
    Objects.requireNonNull(codes, "codes");
    List<Violation> problems = new ArrayList<>();
    Map<ThemeCode, String> checked = new LinkedHashMap<>();
    codes.forEach(
        (code, description) -> {
          Objects.requireNonNull(code, "code");
          Objects.requireNonNull(description, "description");
          try {
            ThemeCode theme = ThemeCode.of(code);
            if (code.equals(UNLISTED)) {
              problems.add(Violation.of("themeCodes." + code, "is reserved"));
            } else if (description.isBlank()) {
              problems.add(Violation.of("themeCodes." + code, "needs a description"));
            } else {
              checked.put(theme, description.strip());
            }
          } catch (ValidationException e) {
            problems.add(Violation.of("themeCodes", "every code must be in the code shape"));
          }
        });
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new ThemeCodes(Collections.unmodifiableMap(checked));
  }

  /**
   * The codes, in report order.
   *
   * @return an unmodifiable list
   */
  public List<ThemeCode> codes() {
    return List.copyOf(descriptions.keySet());
  }

  /**
   * Whether a code is on the list.
   *
   * @param code the code
   * @return true if listed
   */
  public boolean contains(ThemeCode code) {
    return descriptions.containsKey(Objects.requireNonNull(code, "code"));
  }

  /**
   * The description of a code.
   *
   * @param code the code
   * @return the description, or empty if the code is not on the list
   */
  public Optional<String> description(ThemeCode code) {
    return Optional.ofNullable(descriptions.get(Objects.requireNonNull(code, "code")));
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ThemeCodes t
        && t.codes().equals(codes())
        && t.descriptions.equals(descriptions);
  }

  @Override
  public int hashCode() {
    return descriptions.hashCode();
  }

  @Override
  public String toString() {
    return "ThemeCodes" + codes();
  }
}
