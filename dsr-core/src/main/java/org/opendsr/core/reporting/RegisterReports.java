package org.opendsr.core.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Closure;
import org.opendsr.rating.Rating;

/**
 * The anonymised reports of a register, built from {@link ReportRecord}s and published through the
 * {@link SuppressionPolicy} of the {@link ReportSettings}.
 *
 * <p><b>National data opt-out.</b> Reporting is secondary use, so every episode of a person who
 * registered a national data opt-out (on any of their episodes) is dropped when this object is
 * made; no report can count them (National data opt-out policy).
 *
 * <p><b>Who is counted.</b> Snapshot reports count people on the register on a date: an episode
 * added on or before it and not closed on or before it, one per person (the latest added, should
 * two overlap). Period reports count events dated in the period, or for themes the people on the
 * register on any day of it.
 *
 * <p><b>Publishing together.</b> Suppression protects each table on its own. The one-way tables of
 * {@link #standardSet} share only their grand totals, which is safe; the cross-tabulation {@link
 * #byRatingAnd} shares its margins with {@link #byRating} and {@link #by}, so publish it instead of
 * those, not beside them.
 */
public final class RegisterReports {

  /** The label of the column and row for episodes with no rating yet. */
  public static final String NOT_YET_RATED = "Not yet rated";

  private static final String PEOPLE = "People";

  private final List<ReportRecord> records;
  private final ReportSettings settings;

  private RegisterReports(List<ReportRecord> records, ReportSettings settings) {
    this.records = records;
    this.settings = settings;
  }

  /**
   * Reports over some records with local settings. People with a national data opt-out are left out
   * here, before anything is counted.
   *
   * @param records the episodes, any order
   * @param settings suppression and theme codes
   * @return the reports
   */
  public static RegisterReports of(Collection<ReportRecord> records, ReportSettings settings) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(settings, "settings");
    List<ReportRecord> all = List.copyOf(records);
    Set<PseudonymousKey> optedOut =
        all.stream()
            .filter(ReportRecord::nationalDataOptOut)
            .map(ReportRecord::key)
            .collect(Collectors.toSet());
    return new RegisterReports(
        all.stream().filter(r -> !optedOut.contains(r.key())).toList(), settings);
  }

  /**
   * Reports over some records with {@link ReportSettings#defaults()}.
   *
   * @param records the episodes
   * @return the reports
   */
  public static RegisterReports of(Collection<ReportRecord> records) {
    return of(records, ReportSettings.defaults());
  }

  /**
   * People on the register on a date by current rating (Blue, Red, Amber, Green, not yet rated),
   * with a total row.
   *
   * @param on the date
   * @return the published table
   */
  public Table byRating(LocalDate on) {
    Objects.requireNonNull(on, "on");
    return count(
        "People on the register by rating on " + on,
        "Rating",
        ratingLabels(),
        List.of(PEOPLE),
        onRegister(on),
        r -> List.of(ratingLabel(r, on)),
        r -> PEOPLE,
        Totals.TOTAL_ROW);
  }

  /**
   * People on the register on a date by one dimension, with a total row.
   *
   * @param dimension what to count by
   * @param on the date
   * @return the published table
   */
  public Table by(Dimension dimension, LocalDate on) {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(on, "on");
    return count(
        "People on the register by " + dimension.inTitle() + " on " + on,
        dimension.heading(),
        dimension.rows(records),
        List.of(PEOPLE),
        onRegister(on),
        r -> List.of(dimension.rowOf(r, on)),
        r -> PEOPLE,
        Totals.TOTAL_ROW);
  }

  /**
   * People on the register on a date by one dimension and by rating, with row and column totals and
   * secondary suppression. Publish instead of {@link #byRating} and {@link #by}, not beside them.
   *
   * @param dimension the rows
   * @param on the date
   * @return the published table
   */
  public Table byRatingAnd(Dimension dimension, LocalDate on) {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(on, "on");
    return count(
        "People on the register by " + dimension.inTitle() + " and rating on " + on,
        dimension.heading(),
        dimension.rows(records),
        ratingLabels(),
        onRegister(on),
        r -> List.of(dimension.rowOf(r, on)),
        r -> ratingLabel(r, on),
        Totals.BOTH);
  }

  /**
   * People on the register on a date by agency involved. A person is counted once for each agency
   * involved, so the table has no totals.
   *
   * @param on the date
   * @return the published table
   */
  public Table byAgency(LocalDate on) {
    Objects.requireNonNull(on, "on");
    return count(
        "People on the register by agency involved on " + on,
        "Agency",
        records.stream().flatMap(r -> r.agencies().stream()).distinct().sorted().toList(),
        List.of(PEOPLE),
        onRegister(on),
        r -> List.copyOf(r.agencies()),
        r -> PEOPLE,
        Totals.NONE);
  }

  /**
   * Ratings over time: people on the register by rating at the end of each month the period
   * touches, one column per month, with a total row (people on the register at that month end).
   *
   * @param period the months
   * @return the published table
   */
  public Table ratingTrend(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    List<String> ratings = ratingLabels();
    List<YearMonth> months = period.months();
    int[][] counts = new int[ratings.size()][months.size()];
    for (int m = 0; m < months.size(); m++) {
      LocalDate end = months.get(m).atEndOfMonth();
      for (ReportRecord r : onRegister(end)) {
        counts[ratings.indexOf(ratingLabel(r, end))][m]++;
      }
    }
    return Table.of(
        "People on the register by rating at each month end, " + period,
        "Rating",
        ratings,
        months.stream().map(YearMonth::toString).toList(),
        counts,
        Totals.TOTAL_ROW,
        settings.suppression());
  }

  /**
   * Escalations of risk dated in the period, by month, with a total row.
   *
   * @param period the period
   * @return the published table
   */
  public Table escalations(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    List<LocalDate> dates =
        records.stream().flatMap(r -> r.escalations().stream()).filter(period::contains).toList();
    return count(
        "Escalations by month, " + period,
        "Month",
        period.months().stream().map(YearMonth::toString).toList(),
        List.of("Escalations"),
        dates,
        d -> List.of(YearMonth.from(d).toString()),
        d -> "Escalations",
        Totals.TOTAL_ROW);
  }

  /**
   * C(E)TR timeliness: the reviews that fell due in the period, by whether they were held within
   * timescale, late, or not by the end of the period, with a total row and the share held within
   * timescale as a figure. The share is worked out from the published (rounded) counts and is
   * {@value SuppressionPolicy#MASK} when either is hidden, so it reveals nothing the cells do not.
   *
   * @param period the period
   * @return the published table
   */
  public Table cetrTimeliness(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    List<CetrDue> due =
        records.stream()
            .flatMap(r -> r.cetrs().stream())
            .filter(c -> period.contains(c.due()))
            .toList();
    Table table =
        count(
            "C(E)TRs due by timeliness, " + period,
            "Timeliness",
            Arrays.stream(CetrDue.Outcome.values()).map(CetrDue.Outcome::label).toList(),
            List.of("C(E)TRs due"),
            due,
            c -> List.of(c.outcomeAsOf(period.to()).label()),
            c -> "C(E)TRs due",
            Totals.TOTAL_ROW);
    String share = share(table.cell(0, 0), table.cell(table.rowLabels().size() - 1, 0));
    return table.withFigures(List.of(new Table.Figure("Share held within timescale", share)));
  }

  /**
   * Themes and service gaps: people on the register at any time in the period with each code of the
   * local list, and those with codes not on it. A person may have several codes, so the table has
   * no totals.
   *
   * @param period the period
   * @return the published table
   */
  public Table themesAndServiceGaps(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    ThemeCodes list = settings.themeCodes();
    List<String> rows = new ArrayList<>();
    list.codes().forEach(c -> rows.add(c.value()));
    rows.add(ThemeCodes.UNLISTED);
    Map<PseudonymousKey, Set<String>> codesByPerson = new LinkedHashMap<>();
    records.stream()
        .filter(r -> r.isOnRegisterDuring(period))
        .forEach(
            r ->
                r.themes()
                    .forEach(
                        t ->
                            codesByPerson
                                .computeIfAbsent(r.key(), k -> new java.util.HashSet<>())
                                .add(list.contains(t) ? t.value() : ThemeCodes.UNLISTED)));
    return count(
        "People with each theme or service gap, " + period,
        "Theme or service gap",
        rows,
        List.of(PEOPLE),
        codesByPerson.values(),
        codes -> List.copyOf(codes),
        codes -> PEOPLE,
        Totals.NONE);
  }

  /**
   * Episodes closed in the period by reason, with a total row.
   *
   * @param period the period
   * @return the published table
   */
  public Table closures(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    List<Closure> closed =
        records.stream()
            .flatMap(r -> r.closure().stream())
            .filter(c -> period.contains(c.on()))
            .toList();
    return count(
        "Episodes closed by reason, " + period,
        "Reason",
        Arrays.stream(CloseReason.values()).map(CloseReason::label).toList(),
        List.of("Closures"),
        closed,
        c -> List.of(c.reason().label()),
        c -> "Closures",
        Totals.TOTAL_ROW);
  }

  /**
   * Every one-way report, safe to publish together: by rating, by each {@link Dimension} and by
   * agency on a date; and rating trend, escalations, C(E)TR timeliness, themes and service gaps and
   * closures for a period.
   *
   * @param on the snapshot date
   * @param period the period
   * @return the published tables, in that order
   */
  public List<Table> standardSet(LocalDate on, ReportingPeriod period) {
    List<Table> tables = new ArrayList<>();
    tables.add(byRating(on));
    for (Dimension d : Dimension.values()) {
      tables.add(by(d, on));
    }
    tables.add(byAgency(on));
    tables.add(ratingTrend(period));
    tables.add(escalations(period));
    tables.add(cetrTimeliness(period));
    tables.add(themesAndServiceGaps(period));
    tables.add(closures(period));
    return List.copyOf(tables);
  }

  /** One episode per person on the register on the date: the latest added. */
  private List<ReportRecord> onRegister(LocalDate on) {
    Predicate<ReportRecord> open = r -> r.isOnRegisterOn(on);
    return records.stream()
        .filter(open)
        .collect(
            Collectors.toMap(
                ReportRecord::key,
                Function.identity(),
                (a, b) -> b.added().isAfter(a.added()) ? b : a,
                LinkedHashMap::new))
        .values()
        .stream()
        .toList();
  }

  private static List<String> ratingLabels() {
    List<String> labels = new ArrayList<>();
    Arrays.stream(Rating.values()).map(Rating::label).forEach(labels::add);
    labels.add(NOT_YET_RATED);
    return List.copyOf(labels);
  }

  private static String ratingLabel(ReportRecord r, LocalDate on) {
    Optional<Rating> rating = r.ratingOn(on);
    return rating.map(Rating::label).orElse(NOT_YET_RATED);
  }

  private <T> Table count(
      String title,
      String heading,
      List<String> rows,
      List<String> columns,
      Collection<T> items,
      Function<T, List<String>> rowsOf,
      Function<T, String> columnOf,
      Totals totals) {
    int[][] counts = new int[rows.size()][columns.size()];
    for (T item : items) {
      int c = columns.indexOf(columnOf.apply(item));
      for (String row : rowsOf.apply(item)) {
        counts[rows.indexOf(row)][c]++;
      }
    }
    return Table.of(title, heading, rows, columns, counts, totals, settings.suppression());
  }

  private static String share(String numerator, String denominator) {
    if (numerator.equals(SuppressionPolicy.MASK) || denominator.equals(SuppressionPolicy.MASK)) {
      return SuppressionPolicy.MASK;
    }
    int n = Integer.parseInt(numerator);
    int d = Integer.parseInt(denominator);
    if (d == 0) {
      return "n/a";
    }
    // Whole per cent, halves upwards, in integer arithmetic.
    return (200 * n + d) / (2 * d) + "%";
  }

  /** Names the suppression policy only; never a count or a record. */
  @Override
  public String toString() {
    return "RegisterReports[" + settings.suppression() + "]";
  }
}
