package org.opendsr.core.register;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.access.AccessPolicy;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.EntryAccessFacts;
import org.opendsr.core.access.Operation;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.person.NhsNumber;

/**
 * Subject access requests: everything held about one person, answered alike to everyone who may not
 * see them, whether or not they are on the register.
 */
final class SubjectAccessRequests {

  /** One answer to everyone who may not see a person, whether or not they are on the register. */
  private static final String SUBJECT_ACCESS_DENIED =
      "no entry of this person that the caller may see";

  private final DynamicSupportRegister register;
  private final AuditTrail audit;
  private final AuditedAccess access;
  private final Function<Entry, EntryAccessFacts> facts;

  SubjectAccessRequests(
      DynamicSupportRegister register,
      AuditTrail audit,
      AuditedAccess access,
      Function<Entry, EntryAccessFacts> facts) {
    this.register = register;
    this.audit = audit;
    this.access = access;
    this.facts = facts;
  }

  SubjectAccessExport export(Actor actor, AccessPurpose purpose, NhsNumber nhsNumber) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(nhsNumber, "nhsNumber");
    Operation operation = Operation.EXPORT_SUBJECT_ACCESS;
    List<Entry> episodes = register.episodesOf(nhsNumber);
    // Someone not on the register is judged as an entry no agency is involved in: whoever could
    // not see that could not see the person's entry either, and is answered alike.
    List<EntryAccessFacts> judged =
        episodes.isEmpty()
            ? List.of(new EntryAccessFacts(nhsNumber.value(), Set.of(), Set.of(), Set.of()))
            : episodes.stream().map(facts).toList();
    for (EntryAccessFacts f : judged) {
      if (!AccessPolicy.decide(actor, operation, purpose, Optional.of(f)).granted()) {
        access.deny(actor, purpose, operation, Optional.empty(), SUBJECT_ACCESS_DENIED);
      }
    }
    if (episodes.isEmpty()) {
      access.deny(
          actor,
          purpose,
          operation,
          Optional.empty(),
          "no entry for this person",
          () -> new NotFoundException("the register holds no entry for this person"));
    }
    for (Entry e : episodes) {
      access.check(actor, purpose, operation, Optional.of(e.id()), Optional.empty());
    }
    return SubjectAccessExport.of(
        episodes,
        episodes.stream().map(e -> register.history(e.id())).toList(),
        episodes.stream().flatMap(e -> audit.forEntry(e.id().value()).stream()).toList());
  }
}
