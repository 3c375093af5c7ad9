package org.opendsr.core.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * A person's name as the register holds it: given name, family name and, where the person has one,
 * the name they prefer to be called. Personal data: {@link #toString()} reveals nothing.
 *
 * @param given given name(s)
 * @param family family name
 * @param preferred the name the person likes to be called, if any
 */
public record PersonName(String given, String family, Optional<String> preferred) {

  /** Longest accepted part, generous for real names and a guard against pasted documents. */
  public static final int MAX_LENGTH = 200;

  /** Validates every part and reports all problems together. */
  public PersonName {
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(preferred, "preferred");
    given = given.strip();
    family = family.strip();
    preferred = preferred.map(String::strip).filter(p -> !p.isEmpty());
    List<Violation> problems = new ArrayList<>();
    check("name.given", given, problems);
    check("name.family", family, problems);
    preferred.ifPresent(p -> check("name.preferred", p, problems));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /**
   * Creates a name without a preferred name.
   *
   * @param given given name(s)
   * @param family family name
   * @return the name
   */
  public static PersonName of(String given, String family) {
    return new PersonName(given, family, Optional.empty());
  }

  /**
   * The name to use when speaking to or about the person.
   *
   * @return preferred name, else given name, followed by the family name
   */
  public String displayName() {
    return preferred.orElse(given) + " " + family;
  }

  private static void check(String field, String value, List<Violation> problems) {
    if (value.isEmpty()) {
      problems.add(Violation.of(field, "must not be blank"));
    } else if (value.length() > MAX_LENGTH) {
      problems.add(Violation.of(field, "must be at most " + MAX_LENGTH + " characters"));
    } else if (value.chars().anyMatch(Character::isISOControl)) {
      problems.add(Violation.of(field, "must not contain control characters"));
    }
  }

  /** Reveals nothing: a name is personal data. */
  @Override
  public String toString() {
    return "PersonName[***]";
  }
}
