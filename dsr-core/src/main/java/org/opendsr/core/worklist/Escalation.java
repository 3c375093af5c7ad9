package org.opendsr.core.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.RatingRecord;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingChange;

/**
 * A person whose rating became more severe.
 *
 * @param entryId the entry
 * @param on the date of the new rating
 * @param from the rating before
 * @param to the rating after
 */
public record Escalation(EntryId entryId, LocalDate on, Rating from, Rating to) {

  /** Validates every part. */
  public Escalation {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /**
   * Every escalation on or after a date, across entries, earliest first.
   *
   * @param entries the entries
   * @param since the first date included
   * @return the escalations
   */
  public static List<Escalation> since(Collection<Entry> entries, LocalDate since) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(since, "since");
    List<Escalation> found = new ArrayList<>();
    for (Entry entry : entries) {
      List<RatingRecord> ratings = entry.ratings();
      for (int i = 1; i < ratings.size(); i++) {
        RatingRecord r = ratings.get(i);
        if (r.change() == RatingChange.ESCALATED && !r.on().isBefore(since)) {
          found.add(new Escalation(entry.id(), r.on(), ratings.get(i - 1).rating(), r.rating()));
        }
      }
    }
    found.sort(Comparator.comparing(Escalation::on).thenComparing(e -> e.entryId().value()));
    return found;
  }
}
