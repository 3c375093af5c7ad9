package org.opendsr.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendsr.core.access.AccessPolicy;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.cetr.CetrPlan;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;
import org.opendsr.core.cetr.KeyQuestion;
import org.opendsr.core.cetr.Panel;
import org.opendsr.core.cetr.PanelRole;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.InpatientStay;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.schedule.Task;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The person page's C(E)TRs (planned, held and refused) and hospital stays, as of a day, and the
 * links to their forms that make sense now and that the library's access rules allow the user.
 */
@Component
class CetrAndStayViews {

  private final AccessControlledRegister register;

  CetrAndStayViews(AccessControlledRegister register) {
    this.register = register;
  }

  /** A review planned and not yet held. */
  record Planned(
      String due,
      String booked,
      boolean late,
      List<Member> panel,
      String papers,
      List<String> missing) {}

  /** A review held. */
  record Held(
      String on, String kind, List<Member> panel, List<Finding> findings, List<String> missing) {}

  /** One member of a panel. */
  record Member(String role, String who) {}

  /** A key question and what the panel found. */
  record Finding(String question, String finding) {}

  /** A hospital stay. */
  record Stay(String hospital, boolean secure, String admitted, String discharged) {}

  /** Adds the sections to the page and the links that apply to the list of what the user may do. */
  void addTo(
      Model model,
      Actor actor,
      Entry entry,
      LocalDate day,
      boolean now,
      List<PersonController.Link> links) {
    Optional<Task> open =
        entry.tasks(org.opendsr.core.schedule.TaskKind.CETR).stream()
            .filter(t -> t.wasOpenOn(day))
            .findFirst();
    model.addAttribute(
        "cetrPlanned",
        open.map(
                t -> {
                  Optional<CetrPlan> plan = entry.cetrPlan(t.id().value()).filter(p -> now);
                  return new Planned(
                      t.due().format(Forms.DAY),
                      plan.map(p -> p.on().format(Forms.DAY)).orElse(null),
                      plan.filter(p -> p.on().isAfter(t.due())).isPresent(),
                      plan.map(p -> members(p.panel())).orElse(List.of()),
                      plan.flatMap(CetrPlan::papersSentOn)
                          .map(d -> d.format(Forms.DAY))
                          .orElse(null),
                      plan.map(p -> missing(p.panel())).orElse(List.of()));
                })
            .orElse(null));
    List<Held> held = new ArrayList<>();
    for (CetrRecord r : entry.cetrs()) {
      if (!r.heldOn().isAfter(day)) {
        List<Finding> findings = new ArrayList<>();
        for (KeyQuestion q : KeyQuestion.values()) {
          String finding = r.findings().get(q);
          if (finding != null) {
            findings.add(new Finding(q.text(), finding));
          }
        }
        held.add(
            0,
            new Held(
                r.heldOn().format(Forms.DAY),
                r.kind().name(),
                members(r.panel()),
                findings,
                missing(r.panel())));
      }
    }
    model.addAttribute("cetrsHeld", held);
    model.addAttribute(
        "cetrsRefused",
        entry.cetrRefusals().stream()
            .map(CetrRefusal::on)
            .filter(d -> !d.isAfter(day))
            .map(d -> d.format(Forms.DAY))
            .toList());
    List<Stay> stays = new ArrayList<>();
    for (InpatientStay s : entry.stays()) {
      // A stay carried over without its admission date is shown until the date is recorded.
      if (s.admittedOn().filter(d -> d.isAfter(day)).isEmpty()) {
        stays.add(
            0,
            new Stay(
                s.hospitalId().value(),
                s.secure(),
                s.admittedOn().map(d -> d.format(Forms.DAY)).orElse("to be recorded"),
                s.dischargedOn()
                    .filter(d -> !d.isAfter(day))
                    .map(d -> d.format(Forms.DAY))
                    .orElse(null)));
      }
    }
    model.addAttribute("stays", stays);

    if (!now || entry.status() != EntryStatus.ACTIVE) {
      return;
    }
    String base = "/people/" + entry.id().value();
    if (allowed(actor, Operation.RECORD_CETR, entry)) {
      Optional<Task> review = CetrController.openReview(entry);
      links.add(
          new PersonController.Link(
              review.isPresent() ? "Plan the C(E)TR" : "Plan a C(E)TR", base + "/cetr/plan"));
      review.ifPresent(
          t -> {
            links.add(
                new PersonController.Link(
                    "Record the C(E)TR held", base + "/cetr/" + t.id() + "/hold"));
            links.add(
                new PersonController.Link(
                    "Record that the person refused the C(E)TR",
                    base + "/cetr/" + t.id() + "/refused"));
          });
    }
    if (allowed(actor, Operation.RECORD_ADMISSION, entry)) {
      if (entry.admissionDateToRecord()) {
        links.add(new PersonController.Link("Record the admission date", base + "/admission"));
      }
      if (entry.isInpatient()) {
        links.add(
            new PersonController.Link(
                "Record a move to another hospital", base + "/hospital-move"));
        links.add(
            new PersonController.Link("Record a discharge from hospital", base + "/discharge"));
      } else {
        links.add(new PersonController.Link("Record a hospital admission", base + "/admission"));
      }
    }
  }

  private boolean allowed(Actor actor, Operation operation, Entry entry) {
    return AccessPolicy.decide(
            actor, operation, AccessPurpose.DIRECT_CARE, Optional.of(register.factsOf(entry)))
        .granted();
  }

  private static final Map<PanelRole, String> ROLES =
      Map.of(
          PanelRole.CHAIR, "Chair",
          PanelRole.INDEPENDENT_CLINICAL_EXPERT, "Independent clinical expert",
          PanelRole.EXPERT_BY_EXPERIENCE, "Expert by experience");

  private static List<Member> members(Panel panel) {
    List<Member> members = new ArrayList<>();
    for (PanelRole role : PanelRole.values()) {
      String who = panel.members().get(role);
      if (who != null) {
        members.add(new Member(ROLES.get(role), who));
      }
    }
    return members;
  }

  private static List<String> missing(Panel panel) {
    List<String> missing = new ArrayList<>();
    for (PanelRole role : PanelRole.values()) {
      if (!panel.members().containsKey(role)) {
        missing.add(ROLES.get(role).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return missing;
  }
}
