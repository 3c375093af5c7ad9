package org.opendsr.core.cetr;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opendsr.core.ValidationException;

/**
 * Who sat on a C(E)TR panel, by role, as opaque user ids. A panel missing a role is allowed (the
 * review still happened) but flagged.
 *
 * @param members user id per role; ids not blank
 */
public record Panel(Map<PanelRole, String> members) {

  /** Validates and copies the members. */
  public Panel {
    Objects.requireNonNull(members, "members");
    members.forEach(
        (role, id) -> {
          Objects.requireNonNull(role, "role");
          Objects.requireNonNull(id, "id");
          if (id.isBlank()) {
            throw ValidationException.of("panel." + role, "must not be blank");
          }
        });
    members = members.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(members));
  }

  /**
   * A full panel.
   *
   * @param chairId the chair
   * @param clinicalExpertId the independent clinical expert
   * @param expertByExperienceId the expert by experience
   * @return the panel
   */
  public static Panel of(String chairId, String clinicalExpertId, String expertByExperienceId) {
    return new Panel(
        Map.of(
            PanelRole.CHAIR, chairId,
            PanelRole.INDEPENDENT_CLINICAL_EXPERT, clinicalExpertId,
            PanelRole.EXPERT_BY_EXPERIENCE, expertByExperienceId));
  }

  /**
   * The roles nobody filled.
   *
   * @return missing roles, empty for a full panel
   */
  public Set<PanelRole> missingRoles() {
    Set<PanelRole> missing = EnumSet.allOf(PanelRole.class);
    missing.removeAll(members.keySet());
    return Set.copyOf(missing);
  }
}
