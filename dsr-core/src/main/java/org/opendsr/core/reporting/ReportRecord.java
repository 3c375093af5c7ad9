package org.opendsr.core.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opendsr.core.Codes;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Closure;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.rating.Rating;

/**
 * What reporting knows about one entry episode: enough to count it, nothing that identifies the
 * person. No name, NHS number, date of birth, address or free text can be put in; the register maps
 * each of its entries into one of these with {@link #builder(String)}.
 *
 * @param key the opaque key of the person, shared by all their episodes; never published
 * @param added the date the episode was added to the register
 * @param closure how and when the episode left the register, if it has
 * @param ratings the rating history, in date order (equal dates keep the order given)
 * @param ageBand the person's age band, reduced from the date of birth by the caller
 * @param diagnosis the diagnosis that brought the person within scope
 * @param locality the reporting area the person lives in (not the address)
 * @param agencies ids of the agencies involved
 * @param nationalDataOptOut whether the person registered a national data opt-out; if so, no report
 *     counts any of their episodes
 * @param escalations dates the person's risk was escalated
 * @param cetrs the C(E)TRs that fell due, with the dates held
 * @param themes coded themes and service gaps recorded for the episode
 */
public record ReportRecord(
    PseudonymousKey key,
    LocalDate added,
    Optional<Closure> closure,
    List<RatedOn> ratings,
    AgeBand ageBand,
    Diagnosis diagnosis,
    String locality,
    Set<String> agencies,
    boolean nationalDataOptOut,
    List<LocalDate> escalations,
    List<CetrDue> cetrs,
    Set<ThemeCode> themes) {

  private static final int LOCALITY_MAX = 100;

  /**
   * Validates the record and reports every problem at once.
   *
   * @throws ValidationException if the locality is blank or too long, an agency id is malformed, or
   *     the episode closed before it was added
   */
  public ReportRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(closure, "closure");
    Objects.requireNonNull(ageBand, "ageBand");
    Objects.requireNonNull(diagnosis, "diagnosis");
    Objects.requireNonNull(locality, "locality");
    ratings = List.copyOf(ratings);
    ratings = ratings.stream().sorted(Comparator.comparing(RatedOn::date)).toList();
    agencies = Set.copyOf(agencies);
    escalations = List.copyOf(escalations);
    cetrs = List.copyOf(cetrs);
    themes = Set.copyOf(themes);
    locality = locality.strip();
    List<Violation> problems = new ArrayList<>();
    if (locality.isEmpty() || locality.length() > LOCALITY_MAX) {
      problems.add(Violation.of("reportRecord.locality", "must be 1-100 characters"));
    }
    if (!agencies.stream().allMatch(a -> Codes.wellFormed(a, Codes.MAX_LENGTH))) {
      problems.add(
          Violation.of(
              "reportRecord.agencies", "every id must be " + Codes.shape(Codes.MAX_LENGTH)));
    }
    if (closure.filter(c -> c.on().isBefore(added)).isPresent()) {
      problems.add(Violation.of("reportRecord.closure", "must not be before the date added"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /**
   * Starts a record from plain values, for the register to map an entry into.
   *
   * @param key the opaque key of the person (see {@link PseudonymousKey})
   * @return a builder
   */
  public static Builder builder(String key) {
    return new Builder(key);
  }

  /**
   * Whether the episode was on the register on a date: added on or before it and not closed on or
   * before it.
   *
   * @param date the date; not null
   * @return true if on the register that day
   */
  public boolean isOnRegisterOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !added.isAfter(date) && closure.map(c -> c.on().isAfter(date)).orElse(true);
  }

  /**
   * Whether the episode was on the register on any day of a period.
   *
   * @param period the period; not null
   * @return true if it overlaps the period
   */
  public boolean isOnRegisterDuring(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return !added.isAfter(period.to())
        && closure.map(c -> c.on().isAfter(period.from())).orElse(true);
  }

  /**
   * The rating that applied on a date: the latest given on or before it.
   *
   * @param date the date; not null
   * @return the rating, or empty if none had been given yet
   */
  public Optional<Rating> ratingOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Rating current = null;
    for (RatedOn step : ratings) {
      if (!step.date().isAfter(date)) {
        current = step.rating();
      }
    }
    return Optional.ofNullable(current);
  }

  /** Reveals only what a published table could: no key. */
  @Override
  public String toString() {
    return "ReportRecord[ageBand="
        + ageBand
        + ", diagnosis="
        + diagnosis
        + ", optOut="
        + nationalDataOptOut
        + "]";
  }

  /**
   * Collects plain values into a {@link ReportRecord}. A date of birth given here is reduced to an
   * age band at once and not kept. {@link #build()} reports every problem at once.
   */
  public static final class Builder {

    private final String key;
    private LocalDate added;
    private Closure closure;
    private final List<RatedOn> ratings = new ArrayList<>();
    private AgeBand ageBand;
    private Diagnosis diagnosis;
    private String locality;
    private final Set<String> agencies = new LinkedHashSet<>();
    private boolean nationalDataOptOut;
    private final List<LocalDate> escalations = new ArrayList<>();
    private final List<CetrDue> cetrs = new ArrayList<>();
    private final List<String> themes = new ArrayList<>();

    private Builder(String key) {
      this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * The date the episode was added. Required.
     *
     * @param date the date
     * @return this builder
     */
    public Builder added(LocalDate date) {
      this.added = Objects.requireNonNull(date, "date");
      return this;
    }

    /**
     * The episode left the register.
     *
     * @param date the closing date
     * @param reason why
     * @return this builder
     */
    public Builder closed(LocalDate date, CloseReason reason) {
      this.closure = new Closure(date, reason);
      return this;
    }

    /**
     * A rating given on a date; call once per step of the history.
     *
     * @param date the date given
     * @param rating the rating
     * @return this builder
     */
    public Builder rated(LocalDate date, Rating rating) {
      ratings.add(RatedOn.of(date, rating));
      return this;
    }

    /**
     * The age band, where the caller already has it. This or {@link #ageOn} is required.
     *
     * @param band the band
     * @return this builder
     */
    public Builder ageBand(AgeBand band) {
      this.ageBand = Objects.requireNonNull(band, "band");
      return this;
    }

    /**
     * The age band on a date, worked out from a date of birth that is then forgotten.
     *
     * @param dateOfBirth the date of birth
     * @param on the date the age is wanted for, usually the report date
     * @return this builder
     * @throws ValidationException if {@code on} is before the date of birth
     */
    public Builder ageOn(DateOfBirth dateOfBirth, LocalDate on) {
      this.ageBand = AgeBand.on(dateOfBirth, on);
      return this;
    }

    /**
     * The diagnosis. Required.
     *
     * @param value the diagnosis
     * @return this builder
     */
    public Builder diagnosis(Diagnosis value) {
      this.diagnosis = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * The reporting area, e.g. {@code Residence.locality()}. Required.
     *
     * @param value the locality
     * @return this builder
     */
    public Builder locality(String value) {
      this.locality = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * An agency involved, by id.
     *
     * @param agencyId the agency's id
     * @return this builder
     */
    public Builder agency(String agencyId) {
      agencies.add(Objects.requireNonNull(agencyId, "agencyId"));
      return this;
    }

    /**
     * Whether the person registered a national data opt-out; false unless set.
     *
     * @param optedOut true if opted out
     * @return this builder
     */
    public Builder nationalDataOptOut(boolean optedOut) {
      this.nationalDataOptOut = optedOut;
      return this;
    }

    /**
     * The person's risk was escalated on a date.
     *
     * @param date the date
     * @return this builder
     */
    public Builder escalated(LocalDate date) {
      escalations.add(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * A C(E)TR fell due and was held on a date.
     *
     * @param due the due date
     * @param held the date held
     * @return this builder
     */
    public Builder cetrHeld(LocalDate due, LocalDate held) {
      cetrs.add(CetrDue.held(due, held));
      return this;
    }

    /**
     * A C(E)TR fell due and has not been held.
     *
     * @param due the due date
     * @return this builder
     */
    public Builder cetrNotHeld(LocalDate due) {
      cetrs.add(CetrDue.notHeld(due));
      return this;
    }

    /**
     * A coded theme or service gap, e.g. {@code "HOUSING"}.
     *
     * @param code the code
     * @return this builder
     */
    public Builder theme(String code) {
      themes.add(Objects.requireNonNull(code, "code"));
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the record
     * @throws ValidationException listing every missing or malformed value
     */
    public ReportRecord build() {
      List<Violation> problems = new ArrayList<>();
      PseudonymousKey pseudonym = collect(problems, () -> PseudonymousKey.of(key));
      Set<ThemeCode> codes = new LinkedHashSet<>();
      for (String code : themes) {
        ThemeCode theme = collect(problems, () -> ThemeCode.of(code));
        if (theme != null) {
          codes.add(theme);
        }
      }
      require(problems, added, "reportRecord.added");
      require(problems, ageBand, "reportRecord.ageBand");
      require(problems, diagnosis, "reportRecord.diagnosis");
      require(problems, locality, "reportRecord.locality");
      if (problems.isEmpty()) {
        try {
          return new ReportRecord(
              pseudonym,
              added,
              Optional.ofNullable(closure),
              ratings,
              ageBand,
              diagnosis,
              locality,
              agencies,
              nationalDataOptOut,
              escalations,
              cetrs,
              codes);
        } catch (ValidationException e) {
          problems.addAll(e.violations());
        }
      }
      throw new ValidationException(problems);
    }

    private static <T> T collect(List<Violation> problems, java.util.function.Supplier<T> make) {
      try {
        return make.get();
      } catch (ValidationException e) {
        problems.addAll(e.violations());
        return null;
      }
    }

    private static void require(List<Violation> problems, Object value, String field) {
      if (value == null) {
        problems.add(Violation.of(field, "is required"));
      }
    }
  }
}
