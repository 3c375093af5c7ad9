package org.opendsr.core.cetr;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A C(E)TR that was held.
 *
 * @param reviewId the review id (the id of the C(E)TR task, and of its consent purpose)
 * @param heldOn the date it was held
 * @param kind CETR or CTR
 * @param educationElement whether it had the education element
 * @param panel who sat on the panel
 * @param findings the finding for each question asked; free text, so never shown by {@link
 *     #toString()}
 */
public record CetrRecord(
    String reviewId,
    LocalDate heldOn,
    CetrKind kind,
    boolean educationElement,
    Panel panel,
    Map<KeyQuestion, String> findings) {

  /** Validates and copies. */
  public CetrRecord {
    Objects.requireNonNull(reviewId, "reviewId");
    Objects.requireNonNull(heldOn, "heldOn");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(panel, "panel");
    Objects.requireNonNull(findings, "findings");
    findings = findings.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(findings));
  }

  /**
   * Whether the panel lacked a chair, clinical expert or expert by experience; such a review is
   * flagged for the coordinator.
   *
   * @return true if any role was missing
   */
  public boolean isPanelIncomplete() {
    return !panel.missingRoles().isEmpty();
  }

  /**
   * The roles missing from the panel.
   *
   * @return the missing roles
   */
  public Set<PanelRole> missingPanelRoles() {
    return panel.missingRoles();
  }

  /** Shows no findings. */
  @Override
  public String toString() {
    return "CetrRecord[reviewId="
        + reviewId
        + ", heldOn="
        + heldOn
        + ", kind="
        + kind
        + ", educationElement="
        + educationElement
        + ", missingPanelRoles="
        + missingPanelRoles()
        + "]";
  }
}
