package org.opendsr.core.access;

import java.util.Objects;
import java.util.Set;

/**
 * What the access rules need to know about one entry: whose it is, which agencies are involved,
 * with which of them sharing currently has a permitted basis (a {@code Permitted} decision for
 * {@code Purpose.sharingWith(agency)} on the date), and who sits on a C(E)TR panel for it.
 *
 * <p>The person's key is their NHS number, so {@link #toString()} never shows it.
 *
 * @param personKey the register's key of the person
 * @param involvedAgencies agencies involved in the person's care on the register
 * @param sharingPermittedAgencies involved agencies with a permitted sharing basis today
 * @param panelMembers user ids of members of a planned or current C(E)TR panel for the entry
 */
public record EntryAccessFacts(
    String personKey,
    Set<String> involvedAgencies,
    Set<String> sharingPermittedAgencies,
    Set<String> panelMembers) {

  /** Copies the sets. */
  public EntryAccessFacts {
    Objects.requireNonNull(personKey, "personKey");
    involvedAgencies = Set.copyOf(involvedAgencies);
    sharingPermittedAgencies = Set.copyOf(sharingPermittedAgencies);
    panelMembers = Set.copyOf(panelMembers);
  }

  /** The agencies and panel members; the person's key (their NHS number) is never shown. */
  @Override
  public String toString() {
    return "EntryAccessFacts[personKey=(not shown), involvedAgencies="
        + involvedAgencies
        + ", sharingPermittedAgencies="
        + sharingPermittedAgencies
        + ", panelMembers="
        + panelMembers
        + "]";
  }
}
