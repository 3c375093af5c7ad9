package org.opendsr.core.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.opendsr.core.person.Diagnosis;

/**
 * A single-valued property of an episode that a snapshot report counts by. Each episode falls in
 * exactly one row, so these tables have a total row. (Agencies are many-valued and reported by
 * {@link RegisterReports#byAgency}.)
 */
public enum Dimension {
  /** The person's age band. Rows: every {@link AgeBand}. */
  AGE_BAND(
      "Age band",
      "age band",
      records -> Arrays.stream(AgeBand.values()).map(AgeBand::label).toList(),
      (r, on) -> r.ageBand().label()),
  /** The diagnosis. Rows: every {@link Diagnosis}. */
  DIAGNOSIS(
      "Diagnosis",
      "diagnosis",
      records -> Arrays.stream(Diagnosis.values()).map(Dimension::label).toList(),
      (r, on) -> label(r.diagnosis())),
  /** The locality. Rows: every locality in the records, in alphabetical order. */
  LOCALITY(
      "Locality",
      "locality",
      records -> records.stream().map(ReportRecord::locality).distinct().sorted().toList(),
      (r, on) -> r.locality()),
  /** Time on the register. Rows: every {@link TimeOnRegisterBand}. */
  TIME_ON_REGISTER(
      "Time on the register",
      "time on the register",
      records -> Arrays.stream(TimeOnRegisterBand.values()).map(TimeOnRegisterBand::label).toList(),
      (r, on) -> TimeOnRegisterBand.between(r.added(), on).label());

  private final String heading;
  private final String inTitle;
  private final Function<Collection<ReportRecord>, List<String>> rows;
  private final BiFunction<ReportRecord, LocalDate, String> rowOf;

  Dimension(
      String heading,
      String inTitle,
      Function<Collection<ReportRecord>, List<String>> rows,
      BiFunction<ReportRecord, LocalDate, String> rowOf) {
    this.heading = heading;
    this.inTitle = inTitle;
    this.rows = rows;
    this.rowOf = rowOf;
  }

  /**
   * The heading of the label column in a published table.
   *
   * @return the heading
   */
  public String heading() {
    return heading;
  }

  String inTitle() {
    return inTitle;
  }

  List<String> rows(Collection<ReportRecord> records) {
    return rows.apply(records);
  }

  String rowOf(ReportRecord record, LocalDate on) {
    return rowOf.apply(record, on);
  }

  private static String label(Diagnosis d) {
    return switch (d) {
      case LEARNING_DISABILITY -> "Learning disability";
      case AUTISM -> "Autism";
      case LEARNING_DISABILITY_AND_AUTISM -> "Learning disability and autism";
      case SUSPECTED_AUTISM -> "Awaiting autism assessment";
    };
  }
}
