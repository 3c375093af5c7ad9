package org.opendsr.core.reporting;

import java.util.Objects;
import java.util.Set;
import org.opendsr.core.person.NhsNumber;

/**
 * The national data opt-out: people who registered it are left out of every secondary use,
 * including the register's aggregate reports (National data opt-out policy). The embedding system
 * answers from its own check against the national service; the register only asks.
 */
@FunctionalInterface
public interface NationalDataOptOut {

  /**
   * Whether the person registered a national data opt-out.
   *
   * @param nhsNumber the person
   * @return true to leave them out of reports
   */
  boolean hasOptedOut(NhsNumber nhsNumber);

  /**
   * Nobody has opted out (for tests and registers whose embedder applies the opt-out upstream).
   *
   * @return the answer "no" for everyone
   */
  static NationalDataOptOut nobody() {
    return nhs -> false;
  }

  /**
   * The people in a fixed set have opted out.
   *
   * @param optedOut their NHS numbers
   * @return the check
   */
  static NationalDataOptOut of(Set<NhsNumber> optedOut) {
    Set<NhsNumber> copy = Set.copyOf(Objects.requireNonNull(optedOut, "optedOut"));
    return copy::contains;
  }
}
