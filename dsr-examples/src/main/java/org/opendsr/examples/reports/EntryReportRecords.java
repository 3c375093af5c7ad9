package org.opendsr.examples.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.RatingRecord;
import org.opendsr.core.reporting.CloseReason;
import org.opendsr.core.reporting.ReportRecord;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.rating.RatingChange;

/**
 * Turns register entries into anonymised {@link ReportRecord}s.
 *
 * <p>Only episodes that were accepted onto the register are reported (a referral still waiting for
 * a basis, or declined, was never on it). The person's opaque key is the id of their first episode,
 * which links their episodes without saying who they are; no name, NHS number, date of birth or
 * address reaches the record.
 */
public final class EntryReportRecords {

  private EntryReportRecords() {}

  /**
   * The report records of some entries.
   *
   * @param entries the register's entries, oldest first
   * @param today the date ages are worked out on
   * @return one record per accepted episode
   */
  public static List<ReportRecord> of(List<Entry> entries, LocalDate today) {
    Map<String, String> keyByPerson = new HashMap<>();
    List<ReportRecord> records = new ArrayList<>();
    for (Entry e : entries) {
      String key = keyByPerson.computeIfAbsent(e.person().nhsNumber().value(), n -> e.id().value());
      of(e, key, today).ifPresent(records::add);
    }
    return records;
  }

  /**
   * The report record of one episode.
   *
   * @param e the entry
   * @param personKey the person's opaque key
   * @param today the date ages are worked out on
   * @return the record, or empty if the episode was never accepted
   */
  public static Optional<ReportRecord> of(Entry e, String personKey, LocalDate today) {
    if (e.acceptedOn().isEmpty()) {
      return Optional.empty();
    }
    ReportRecord.Builder b =
        ReportRecord.builder(personKey)
            .added(e.acceptedOn().get())
            .ageOn(e.person().dateOfBirth(), today)
            .diagnosis(e.person().diagnosis())
            .locality(e.person().residence().locality());
    e.closure().ifPresent(c -> b.closed(c.on(), reasonOf(c.reason())));
    for (RatingRecord r : e.ratings()) {
      b.rated(r.on(), r.rating());
      if (r.change() == RatingChange.ESCALATED) {
        b.escalated(r.on());
      }
    }
    e.agencies().forEach(a -> b.agency(a.id()));
    for (Task t : e.tasks(TaskKind.CETR)) {
      if (t.outcome().filter(o -> o == TaskOutcome.DONE).isPresent()) {
        b.cetrHeld(t.due(), t.closedOn().orElseThrow());
      } else if (t.isOpen()) {
        b.cetrNotHeld(t.due());
      }
    }
    return Optional.of(b.build());
  }

  private static CloseReason reasonOf(org.opendsr.core.entry.CloseReason reason) {
    switch (reason) {
      case CONSENT_WITHDRAWN:
        return CloseReason.CONSENT_WITHDRAWN;
      case NO_LONGER_AT_RISK:
        return CloseReason.STEPPED_DOWN;
      case MOVED_OUT_OF_AREA:
        return CloseReason.MOVED_OUT_OF_AREA;
      case DIED:
        return CloseReason.DIED;
      default:
        return CloseReason.OTHER;
    }
  }
}
