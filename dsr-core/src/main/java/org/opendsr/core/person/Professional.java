package org.opendsr.core.person;

import java.util.Objects;
import org.opendsr.core.ValidationException;

/**
 * A professional involved with a person on the register (NHS England DSR and C(E)TR policy (2023),
 * minimum data set: "key professionals with contact details"). A professional's name and contact
 * details are personal data too: {@link #toString()} shows only the id, role and agency.
 *
 * @param id a stable identifier within the register
 * @param name the professional's name
 * @param role their role, e.g. "community nurse", "social worker", "SENCo"
 * @param agencyId the agency they work for
 * @param contact how to reach them
 */
public record Professional(
    String id, PersonName name, String role, String agencyId, ContactDetails contact) {

  /** Validates every part. */
  public Professional {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(contact, "contact");
    if (id.isBlank()) {
      throw ValidationException.of("professional.id", "must not be blank");
    }
    if (role.isBlank()) {
      throw ValidationException.of("professional.role", "must not be blank");
    }
    if (agencyId.isBlank()) {
      throw ValidationException.of("professional.agencyId", "must not be blank");
    }
  }

  /** Shows the id, role and agency only. */
  @Override
  public String toString() {
    return "Professional[id=" + id + ", role=" + role + ", agencyId=" + agencyId + "]";
  }
}
