package org.opendsr.core.register;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.InpatientStay;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.RatingRecord;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.person.Professional;
import org.opendsr.core.schedule.Task;
import org.opendsr.rating.Reason;

/**
 * Everything the register holds about one person, for a subject access request (UK GDPR Art 15):
 * every episode as it stands, its full history of changes (who, when, why, what), and the audit
 * trail of who looked at or changed it. {@link #toText()} renders it for the person to read.
 *
 * <p>This value holds personal data by design; {@link #toString()} shows counts only.
 *
 * @param episodes the person's entries, oldest first
 * @param histories each episode's events, in the same order
 * @param audit the audit records of those entries
 */
public record SubjectAccessExport(
    List<Entry> episodes, List<List<RecordedEvent>> histories, List<AuditRecord> audit) {

  /** Copies the lists. */
  public SubjectAccessExport {
    episodes = List.copyOf(Objects.requireNonNull(episodes, "episodes"));
    histories = histories.stream().map(List::copyOf).toList();
    audit = List.copyOf(Objects.requireNonNull(audit, "audit"));
    if (episodes.size() != histories.size()) {
      throw new IllegalArgumentException("one history per episode");
    }
  }

  /**
   * Creates the export.
   *
   * @param episodes the person's entries
   * @param histories their events
   * @param audit their audit records
   * @return the export
   */
  public static SubjectAccessExport of(
      List<Entry> episodes, List<List<RecordedEvent>> histories, List<AuditRecord> audit) {
    return new SubjectAccessExport(episodes, histories, audit);
  }

  /**
   * The export as plain text a person can read, in the order of the minimum data set.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("What the Dynamic Support Register holds about you\n");
    out.append("=================================================\n");
    PersonDetails person = episodes.get(episodes.size() - 1).person();
    out.append("Name: ").append(person.name().displayName()).append('\n');
    out.append("Date of birth: ").append(person.dateOfBirth().value()).append('\n');
    out.append("NHS number: ").append(person.nhsNumber().formatted()).append('\n');
    out.append("Where you live: ")
        .append(person.residence().address())
        .append(person.residence().postcode().map(p -> ", " + p).orElse(""))
        .append(" (")
        .append(person.residence().locality())
        .append(")\n");
    out.append("Diagnosis: ").append(person.diagnosis()).append('\n');
    for (int i = 0; i < episodes.size(); i++) {
      episode(out, episodes.get(i), histories.get(i));
    }
    out.append("\nWho has looked at or changed your record\n");
    for (AuditRecord r : audit) {
      out.append("- ")
          .append(r.at())
          .append(": ")
          .append(r.userId())
          .append(" (")
          .append(r.role())
          .append(r.agencyId().map(a -> ", " + a).orElse(""))
          .append(") ")
          .append(r.operation())
          .append(" for ")
          .append(r.purpose())
          .append(": ")
          .append(r.outcome())
          .append(r.breakGlass() ? " (emergency access)" : "")
          .append('\n');
    }
    return out.toString();
  }

  private static void episode(StringBuilder out, Entry e, List<RecordedEvent> history) {
    out.append("\nEpisode ").append(e.episode()).append(" (").append(e.id()).append(")\n");
    out.append("Status: ").append(e.status()).append('\n');
    out.append("Referred on ")
        .append(e.referral().date())
        .append(" by ")
        .append(e.referral().source())
        .append(" (")
        .append(e.referral().referrerRole())
        .append(")\n");
    e.acceptedOn().ifPresent(d -> out.append("Added to the register on ").append(d).append('\n'));
    if (!e.declineReasons().isEmpty()) {
      out.append("Not added because: ").append(String.join("; ", e.declineReasons())).append('\n');
    }
    e.firstContactOn().ifPresent(d -> out.append("First contact on ").append(d).append('\n'));
    e.closure()
        .ifPresent(
            c ->
                out.append("Left the register on ")
                    .append(c.on())
                    .append(": ")
                    .append(c.reason())
                    .append('\n'));
    out.append("Current issues: ").append(e.summary().currentIssues()).append('\n');
    out.append("Risk of escalation: ").append(e.summary().riskOfEscalation()).append('\n');
    out.append("What has been tried: ").append(e.summary().whatHasBeenTried()).append('\n');
    out.append("What could help: ").append(e.summary().whatCouldHelp()).append('\n');
    out.append("Known to the keyworker service: ")
        .append(e.knownToKeyworkerService() ? "yes" : "no")
        .append('\n');
    out.append("Agencies involved: ")
        .append(e.agencies().stream().map(a -> a.name()).collect(Collectors.joining(", ")))
        .append('\n');
    for (Professional p : e.professionals()) {
      out.append("Key professional: ")
          .append(p.name().displayName())
          .append(", ")
          .append(p.role())
          .append(" (")
          .append(p.agencyId())
          .append(")")
          .append(p.contact().telephone().map(t -> ", tel " + t).orElse(""))
          .append(p.contact().email().map(m -> ", " + m).orElse(""))
          .append('\n');
    }
    for (ConsentRecord c : e.consentRecords()) {
      out.append("Consent record ")
          .append(c.date())
          .append(": ")
          .append(c.getClass().getSimpleName())
          .append(" for ")
          .append(c.purpose().description())
          .append('\n');
    }
    for (RatingRecord r : e.ratings()) {
      out.append("Rating on ")
          .append(r.on())
          .append(": ")
          .append(r.rating())
          .append(" (")
          .append(r.change())
          .append(")")
          .append(r.recorded().isOverridden() ? ", changed by a clinician with a reason" : "")
          .append('\n');
      for (Reason reason : r.recorded().suggestion().reasons()) {
        out.append("  because: ").append(reason.text()).append('\n');
      }
    }
    for (Action a : e.actions()) {
      out.append("Action: ")
          .append(a.plan().description())
          .append(" (")
          .append(a.plan().agencyId())
          .append(", due ")
          .append(a.plan().due())
          .append(", ")
          .append(a.status())
          .append(")\n");
    }
    e.reviewsHeld().forEach(d -> out.append("DSR review held on ").append(d).append('\n'));
    for (CetrRecord c : e.cetrs()) {
      out.append(c.kind())
          .append(" held on ")
          .append(c.heldOn())
          .append(c.educationElement() ? " (with education)" : "")
          .append('\n');
      c.findings()
          .forEach((q, f) -> out.append("  ").append(q).append(": ").append(f).append('\n'));
    }
    e.cetrRefusals().forEach(r -> out.append("C(E)TR declined on ").append(r.on()).append('\n'));
    for (InpatientStay s : e.stays()) {
      out.append("In hospital from ")
          .append(s.admittedOn().map(String::valueOf).orElse("an admission date not yet recorded"))
          .append(s.dischargedOn().map(d -> " to " + d).orElse(" (still there)"))
          .append('\n');
    }
    for (Task t : e.tasks()) {
      out.append("Task: ")
          .append(t.kind().description())
          .append(", due ")
          .append(t.due())
          .append(t.closedOn().map(d -> ", closed " + d).orElse(", open"))
          .append('\n');
    }
    out.append("History of changes:\n");
    for (RecordedEvent ev : history) {
      out.append("- ")
          .append(ev.at())
          .append(" by ")
          .append(ev.actor())
          .append(": ")
          .append(ev.why())
          .append('\n');
    }
  }

  /** Counts only: the export holds personal data. */
  @Override
  public String toString() {
    return "SubjectAccessExport[episodes="
        + episodes.size()
        + ", events="
        + histories.stream().mapToInt(List::size).sum()
        + ", auditRecords="
        + audit.size()
        + "]";
  }
}
