package org.opendsr.core.access;

import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.ValidationException;

/**
 * Who is calling: an opaque user id, a role, and the agency they act for (absent for the person or
 * their representative). Identifiers only: no names. The person's key is their NHS number, so
 * {@link #toString()} never shows it.
 *
 * @param userId the caller's user id in the embedding system
 * @param role what they do
 * @param agencyId the agency they act for, if any
 * @param personKey for {@link Role#PERSON_OR_REPRESENTATIVE}: the register's key of the person they
 *     are or represent
 */
public record Actor(
    String userId, Role role, Optional<String> agencyId, Optional<String> personKey) {

  /** Validates the combination. */
  public Actor {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(personKey, "personKey");
    if (userId.isBlank()) {
      throw ValidationException.of("actor.userId", "must not be blank");
    }
    if (role == Role.PERSON_OR_REPRESENTATIVE && personKey.isEmpty()) {
      throw ValidationException.of(
          "actor.personKey", "is required for the person or representative");
    }
    if (role != Role.PERSON_OR_REPRESENTATIVE && agencyId.isEmpty()) {
      throw ValidationException.of("actor.agencyId", "is required for professional roles");
    }
  }

  /** The user id, role and agency; the person's key (an NHS number) is never shown. */
  @Override
  public String toString() {
    return "Actor[userId="
        + userId
        + ", role="
        + role
        + ", agencyId="
        + agencyId.orElse("-")
        + ", personKey="
        + (personKey.isPresent() ? "(not shown)" : "-")
        + "]";
  }

  /**
   * A professional acting for an agency.
   *
   * @param userId user id
   * @param role role
   * @param agencyId agency
   * @return the actor
   */
  public static Actor professional(String userId, Role role, String agencyId) {
    return new Actor(userId, role, Optional.of(agencyId), Optional.empty());
  }

  /**
   * The person on the register, or their representative.
   *
   * @param userId user id
   * @param personKey the person's key on the register
   * @return the actor
   */
  public static Actor person(String userId, String personKey) {
    return new Actor(
        userId, Role.PERSON_OR_REPRESENTATIVE, Optional.empty(), Optional.of(personKey));
  }
}
