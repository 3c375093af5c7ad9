package org.opendsr.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendsr.consent.Conflict;
import org.opendsr.consent.ConsentDecision;
import org.opendsr.consent.ConsentRules;
import org.opendsr.consent.Purpose;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.Professional;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.springframework.stereotype.Component;

/**
 * The purposes consent is asked for on an entry, in words, and where each stands on a day, decided
 * by the library's consent rules under the register's local policy.
 */
@Component
class Consents {

  private final LocalPolicy policy;

  Consents(LocalPolicy policy) {
    this.policy = policy;
  }

  /** Where one purpose stands: in place on a basis until a day, or not, with the reasons. */
  record Status(
      String key,
      String purpose,
      boolean inPlace,
      String basis,
      String until,
      List<String> reasons,
      List<String> conflicts) {}

  /**
   * The purposes of an entry, by the key a form sends: inclusion, sharing with each agency
   * involved, each C(E)TR (planned or held) and the keyworker referral.
   */
  Map<String, Purpose> purposes(Entry entry, LocalDate on) {
    Map<String, Purpose> purposes = new LinkedHashMap<>();
    purposes.put("inclusion", Purpose.inclusion());
    for (Agency a : entry.agencies()) {
      purposes.put("sharing:" + a.id(), Purpose.sharingWith(a.id()));
    }
    for (Professional p : entry.professionals()) {
      purposes.putIfAbsent("sharing:" + p.agencyId(), Purpose.sharingWith(p.agencyId()));
    }
    for (Task t : entry.tasks(TaskKind.CETR)) {
      if (!t.opened().isAfter(on)) {
        purposes.put("cetr:" + t.id(), Purpose.cetr(t.id().value()));
      }
    }
    purposes.put("keyworker", Purpose.keyworkerReferral());
    return purposes;
  }

  /** A purpose in words, with agencies by name and C(E)TRs by the day they are due. */
  static String describe(Entry entry, Purpose purpose) {
    if (purpose instanceof Purpose.Inclusion) {
      return "Being on the register";
    }
    if (purpose instanceof Purpose.SharingWith s) {
      String agency =
          entry.agencies().stream()
              .filter(a -> a.id().equals(s.agencyId()))
              .map(Agency::name)
              .findFirst()
              .orElse("an agency involved in their care");
      return "Sharing information with " + agency;
    }
    if (purpose instanceof Purpose.Cetr c) {
      Optional<Task> task = entry.task(c.reviewId());
      return task.map(t -> "The care and treatment review due " + t.due().format(Forms.DAY))
          .orElse("A care and treatment review");
    }
    return "Referral to the keyworker service";
  }

  /** Where every purpose of the entry stands on a day. */
  List<Status> statuses(Entry entry, LocalDate on) {
    List<Status> statuses = new ArrayList<>();
    for (Map.Entry<String, Purpose> p : purposes(entry, on).entrySet()) {
      statuses.add(status(entry, p.getKey(), p.getValue(), on));
    }
    return statuses;
  }

  /** Where one purpose stands on a day. */
  Status status(Entry entry, String key, Purpose purpose, LocalDate on) {
    ConsentDecision decision =
        ConsentRules.decide(
            entry.person().dateOfBirth().value(),
            purpose,
            entry.consentRecords().stream().filter(r -> !r.date().isAfter(on)).toList(),
            on,
            policy.consentPolicy());
    List<String> conflicts =
        decision.conflicts().stream().map(Conflict::description).map(Words::sentence).toList();
    if (decision instanceof ConsentDecision.Permitted permitted) {
      return new Status(
          key,
          describe(entry, purpose),
          true,
          Words.basis(permitted.basis()),
          permitted.validUntil().format(Forms.DAY),
          List.of(),
          conflicts);
    }
    ConsentDecision.NotPermitted not = (ConsentDecision.NotPermitted) decision;
    return new Status(
        key,
        describe(entry, purpose),
        false,
        null,
        null,
        not.reasons().stream()
            .map(r -> r.replace(purpose.description(), "this"))
            .map(Words::sentence)
            .toList(),
        conflicts);
  }
}
