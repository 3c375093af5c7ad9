package org.opendsr.core.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * How to reach a professional or a referrer: a telephone number and/or an email address. At least
 * one is required, because a contact nobody can reach is no contact.
 *
 * @param telephone digits, spaces, brackets, hyphens and a leading plus
 * @param email an address with one {@code @}
 */
public record ContactDetails(Optional<String> telephone, Optional<String> email) {

  private static final Pattern TELEPHONE = Pattern.compile("\\+?[0-9 ()\\-]{6,20}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /** Validates both and reports all problems together. */
  public ContactDetails {
    Objects.requireNonNull(telephone, "telephone");
    Objects.requireNonNull(email, "email");
    telephone = telephone.map(String::strip).filter(t -> !t.isEmpty());
    email = email.map(String::strip).filter(e -> !e.isEmpty());
    List<Violation> problems = new ArrayList<>();
    if (telephone.isEmpty() && email.isEmpty()) {
      problems.add(Violation.of("contact", "needs a telephone number or an email address"));
    }
    telephone
        .filter(t -> !TELEPHONE.matcher(t).matches())
        .ifPresent(
            t -> problems.add(Violation.of("contact.telephone", "must be a telephone number")));
    email
        .filter(e -> !EMAIL.matcher(e).matches())
        .ifPresent(e -> problems.add(Violation.of("contact.email", "must be an email address")));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /**
   * Contact by email only.
   *
   * @param email the address
   * @return the details
   */
  public static ContactDetails email(String email) {
    return new ContactDetails(Optional.empty(), Optional.of(email));
  }

  /**
   * Contact by telephone only.
   *
   * @param telephone the number
   * @return the details
   */
  public static ContactDetails telephone(String telephone) {
    return new ContactDetails(Optional.of(telephone), Optional.empty());
  }

  /** Reveals nothing: contact details of a named person are personal data. */
  @Override
  public String toString() {
    return "ContactDetails[***]";
  }
}
