package org.opendsr.core.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.opendsr.consent.Purpose;
import org.opendsr.core.access.EntryAccessFacts;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.Professional;

/**
 * The facts the access rules need about an entry, on the register's today: the agencies involved,
 * those with a permitted basis for sharing, and the members of its C(E)TR panels.
 */
final class EntryFacts {

  private final DynamicSupportRegister register;
  private final Clock clock;
  private final AccessControlledRegister.PanelRoster roster;

  EntryFacts(
      DynamicSupportRegister register, Clock clock, AccessControlledRegister.PanelRoster roster) {
    this.register = register;
    this.clock = clock;
    this.roster = roster;
  }

  EntryAccessFacts of(Entry entry) {
    LocalDate today = LocalDate.now(clock);
    Set<String> involved = new HashSet<>();
    entry.agencies().stream().map(Agency::id).forEach(involved::add);
    entry.professionals().stream().map(Professional::agencyId).forEach(involved::add);
    Set<String> sharing = new HashSet<>();
    for (String agency : involved) {
      if (register.consent(entry.id(), Purpose.sharingWith(agency), today).isPermitted()) {
        sharing.add(agency);
      }
    }
    Set<String> panel = new HashSet<>(roster.plannedPanelMembers(entry.id()));
    for (CetrRecord cetr : entry.cetrs()) {
      panel.addAll(cetr.panel().members().values());
    }
    return new EntryAccessFacts(entry.person().nhsNumber().value(), involved, sharing, panel);
  }
}
