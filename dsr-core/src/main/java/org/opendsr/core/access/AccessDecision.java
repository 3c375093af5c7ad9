package org.opendsr.core.access;

import java.util.Objects;

/** The outcome of an access check: granted (perhaps by breaking the glass) or denied, with why. */
public sealed interface AccessDecision {

  /**
   * Whether the call may go ahead.
   *
   * @return true when granted
   */
  boolean granted();

  /**
   * Why, in words for the audit trail (no personal data).
   *
   * @return the reason
   */
  String reason();

  /**
   * Access granted.
   *
   * @param reason the rule that granted it
   * @param breakGlass true when granted only by break-glass, which is flagged for review
   */
  record Granted(String reason, boolean breakGlass) implements AccessDecision {
    /** Validates the reason. */
    public Granted {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean granted() {
      return true;
    }
  }

  /**
   * Access denied.
   *
   * @param reason the rule that denied it
   */
  record Denied(String reason) implements AccessDecision {
    /** Validates the reason. */
    public Denied {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean granted() {
      return false;
    }
  }
}
