package org.opendsr.core.register;

import java.util.Optional;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.entry.Entry;

/**
 * The seam for access control: called with every command before it is decided, and with the entry
 * it concerns (empty for a referral). Throw {@link AccessDeniedException} to refuse; the register
 * then writes nothing. The register itself only carries the actor's opaque id on each command;
 * roles, purposes and audit plug in here.
 */
@FunctionalInterface
public interface CommandGate {

  /**
   * Checks one command.
   *
   * @param command the command
   * @param entry the entry it concerns, as the caller would see it; empty for a referral
   * @throws AccessDeniedException if the actor may not issue the command
   */
  void check(Command command, Optional<Entry> entry);

  /**
   * A gate that lets every command through (for tests and embedders that check access themselves).
   *
   * @return the open gate
   */
  static CommandGate open() {
    return (command, entry) -> {};
  }
}
