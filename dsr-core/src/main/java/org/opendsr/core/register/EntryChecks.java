package org.opendsr.core.register;

import java.time.LocalDate;
import java.util.List;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.InpatientStay;
import org.opendsr.core.entry.RatingRecord;

/** The checks several use cases share: the entry's status, and the dates a command gives. */
final class EntryChecks {

  private EntryChecks() {}

  static void requireOpen(Entry entry) {
    if (!entry.status().isOpen()) {
      throw ValidationException.of(
          "entry.status",
          "entry is "
              + entry.status()
              + "; nothing more can be recorded on it (a new referral opens a new episode)");
    }
  }

  static void requireActive(Entry entry) {
    if (entry.status() != EntryStatus.ACTIVE) {
      throw ValidationException.of(
          "entry.status", "must be ACTIVE for this command; entry is " + entry.status());
    }
  }

  static InpatientStay requireInpatient(Entry entry) {
    return entry
        .currentStay()
        .orElseThrow(() -> ValidationException.of("admission", "the person is not an inpatient"));
  }

  /** A date of something that happened on the entry: not in the future, not before the referral. */
  static void checkDate(String field, LocalDate on, Entry entry, LocalDate today) {
    Violations violations = new Violations();
    onTheEntry(violations, field, on, entry, today);
    violations.throwIfAny();
  }

  /** As {@link #checkDate}, collecting the rule broken. */
  static void onTheEntry(
      Violations violations, String field, LocalDate on, Entry entry, LocalDate today) {
    if (on.isAfter(today)) {
      violations.add(Violation.of(field, "must not be in the future"));
    } else {
      violations.check(
          !on.isBefore(entry.referral().date()), field, "must not be before the referral date");
    }
  }

  /**
   * Ratings are kept in date order: a new one (or an admission's Blue) may not predate the last.
   */
  static void inRatingOrder(Violations violations, String field, LocalDate on, Entry entry) {
    List<RatingRecord> ratings = entry.ratings();
    violations.check(
        ratings.isEmpty() || !on.isBefore(ratings.get(ratings.size() - 1).on()),
        field,
        "must not be before the latest recorded rating");
  }

  /** A consent record's date: not in the future, not before the person was born. */
  static void consentDate(
      Violations violations, String field, ConsentRecord record, LocalDate born, LocalDate today) {
    if (record.date().isAfter(today)) {
      violations.add(Violation.of(field, "must not be in the future"));
    } else {
      violations.check(
          !record.date().isBefore(born), field, "must not be before the date of birth");
    }
  }
}
