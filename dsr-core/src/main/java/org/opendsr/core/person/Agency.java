package org.opendsr.core.person;

import java.util.Objects;
import org.opendsr.core.Codes;

/**
 * An organisation that takes part in the register: an ICB, an NHS trust, a council, a school or
 * college, a charity. Its id is what consent to share and access control refer to.
 *
 * @param id a stable code, e.g. an ODS code or a local code ({@code [A-Za-z0-9._-]}, 1-40 chars)
 * @param name the organisation's name
 * @param kind the sector it belongs to
 */
public record Agency(String id, String name, Kind kind) {

  /**
   * The sectors that work together on a DSR (BSW ICB DSR page; Coventry and Warwickshire ICB DSR
   * page).
   */
  public enum Kind {
    /** Integrated Care Board: commissioner, usually holds the register. */
    ICB,
    /** An NHS trust or health provider. */
    HEALTH,
    /** A council's adult or children's social care. */
    SOCIAL_CARE,
    /** A school, college or the council's education service. */
    EDUCATION,
    /** A charity or other voluntary sector provider. */
    VOLUNTARY,
    /** Anyone else. */
    OTHER
  }

  /** Validates the id and name. */
  public Agency {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (!Codes.wellFormed(id, Codes.MAX_LENGTH)) {
      throw org.opendsr.core.ValidationException.of("agency.id", Codes.rule(Codes.MAX_LENGTH));
    }
    if (name.isBlank()) {
      throw org.opendsr.core.ValidationException.of("agency.name", "must not be blank");
    }
  }
}
