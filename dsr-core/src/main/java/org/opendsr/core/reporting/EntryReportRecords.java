package org.opendsr.core.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.RatingRecord;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.Professional;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.rating.RatingChange;

/**
 * Turns the register's entries into {@link ReportRecord}s, keeping nothing that identifies a
 * person: each person gets a key made up for this run only ({@code P000001}, in order of first
 * appearance), so records of one person's episodes can be grouped but not linked to anyone, nor
 * across runs. The date of birth is reduced to an age band on the report date at once.
 *
 * <p>What is taken from an entry (only accepted episodes are on the register):
 *
 * <ul>
 *   <li>added on the acceptance date; closed on its closure date, with the closure reason;
 *   <li>every final rating with its date; escalations from the rating changes;
 *   <li>diagnosis, the residence's locality, the agencies involved (listed agencies and those of
 *       key professionals);
 *   <li>C(E)TRs due and held: C(E)TR tasks, held when done, not held when open or refused;
 *   <li>themes and service gaps: recommended services on the action plan written as codes of the
 *       local theme list (free text never reaches a report);
 *   <li>the national data opt-out, from the embedder's check.
 * </ul>
 */
public final class EntryReportRecords {

  private EntryReportRecords() {}

  /**
   * Maps entries to report records.
   *
   * @param entries the register's entries (all episodes)
   * @param reportDate the date ages are worked out on
   * @param optOut the national data opt-out check
   * @param themes the local theme list recommended services are matched against
   * @return one record per accepted episode
   */
  public static List<ReportRecord> of(
      Collection<Entry> entries,
      LocalDate reportDate,
      NationalDataOptOut optOut,
      ThemeCodes themes) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(reportDate, "reportDate");
    Objects.requireNonNull(optOut, "optOut");
    Objects.requireNonNull(themes, "themes");
    Map<NhsNumber, String> keys = new LinkedHashMap<>();
    List<ReportRecord> records = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.acceptedOn().isEmpty()) {
        continue;
      }
      NhsNumber nhs = entry.person().nhsNumber();
      String key = keys.computeIfAbsent(nhs, n -> String.format("P%06d", keys.size() + 1));
      records.add(record(entry, key, reportDate, optOut.hasOptedOut(nhs), themes));
    }
    return List.copyOf(records);
  }

  private static ReportRecord record(
      Entry entry, String key, LocalDate reportDate, boolean optedOut, ThemeCodes themes) {
    LocalDate added = entry.acceptedOn().orElseThrow();
    ReportRecord.Builder b =
        ReportRecord.builder(key)
            .added(added)
            .ageOn(entry.person().dateOfBirth(), reportDate.isBefore(added) ? added : reportDate)
            .diagnosis(entry.person().diagnosis())
            .locality(entry.person().residence().locality())
            .nationalDataOptOut(optedOut);
    entry.closure().ifPresent(c -> b.closed(c.on(), c.reason()));
    for (RatingRecord rating : entry.ratings()) {
      b.rated(rating.on(), rating.rating());
      if (rating.change() == RatingChange.ESCALATED) {
        b.escalated(rating.on());
      }
    }
    entry.agencies().stream().map(Agency::id).distinct().forEach(b::agency);
    entry.professionals().stream()
        .map(Professional::agencyId)
        .filter(id -> entry.agencies().stream().noneMatch(a -> a.id().equals(id)))
        .distinct()
        .forEach(b::agency);
    for (Task task : entry.tasks(TaskKind.CETR)) {
      if (task.outcome().filter(o -> o == TaskOutcome.DONE).isPresent()) {
        b.cetrHeld(task.due(), task.closedOn().orElseThrow());
      } else if (task.outcome().filter(o -> o == TaskOutcome.SUPERSEDED).isEmpty()) {
        b.cetrNotHeld(task.due());
      }
    }
    for (Action action : entry.actions()) {
      action
          .plan()
          .recommendedService()
          .filter(code -> ThemeCode.isWellFormed(code) && themes.contains(ThemeCode.of(code)))
          .ifPresent(b::theme);
    }
    return b.build();
  }
}
