package org.opendsr.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.opendsr.core.Codes;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.importing.ColumnMapping.ConsentValue;
import org.opendsr.importing.ColumnMapping.Field;
import org.opendsr.rating.Rating;

/**
 * Checks one row of a legacy spreadsheet and turns it into a {@link LegacyRecord}, or lists every
 * problem it has. Problems name the row, the column heading and the rule, never the value.
 */
public final class LegacyRowReader {

  /** What reading a row gave: a record, or the problems that stopped it. */
  public sealed interface Result {}

  /**
   * A good row.
   *
   * @param record the record
   */
  public record Good(LegacyRecord record) implements Result {}

  /**
   * A bad row.
   *
   * @param problems every problem found, at least one
   */
  public record Bad(List<RowProblem> problems) implements Result {
    /** Copies the list. */
    public Bad {
      problems = List.copyOf(problems);
    }
  }

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

  /**
   * The longest key workers or notes cell: both go into one case summary field, with at most about
   * 150 characters of the import's own (where they came from, a legacy rating held back).
   */
  static final int FREE_TEXT_MAX = CaseSummary.MAX_LENGTH / 2 - 100;

  private final ColumnMapping mapping;
  private final LocalDate today;

  /**
   * Creates a reader.
   *
   * @param mapping the column mapping
   * @param today the date of the import; no date in the file may be after it
   */
  public LegacyRowReader(ColumnMapping mapping, LocalDate today) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.today = Objects.requireNonNull(today, "today");
  }

  /**
   * Checks a row.
   *
   * @param row the row
   * @return the record, or every problem found
   */
  public Result read(LegacyRow row) {
    List<RowProblem> problems = new ArrayList<>();
    long n = row.number();
    if (row.formatProblem().isPresent()) {
      return new Bad(List.of(row.formatProblem().get()));
    }
    if (row.cellCount() > row.headingCount()) {
      problems.add(
          new RowProblem(
              n,
              "-",
              "has "
                  + row.cellCount()
                  + " cells but the heading row has "
                  + row.headingCount()
                  + " (a stray comma or an unclosed quote?)"));
      return new Bad(problems);
    }
    Optional<PersonName> name = name(row, problems);
    Optional<LocalDate> born =
        required(row, Field.DATE_OF_BIRTH, problems)
            .flatMap(t -> date(row, Field.DATE_OF_BIRTH, t, problems));
    born.filter(b -> b.isAfter(today))
        .ifPresent(
            b -> problems.add(problem(row, Field.DATE_OF_BIRTH, "must not be in the future")));
    // The register's own rule for a plausible date of birth (not before 1900), checked here so
    // that it is one row's problem, not the end of the whole import.
    Optional<DateOfBirth> dateOfBirth =
        born.flatMap(b -> attempt(row, Field.DATE_OF_BIRTH, problems, () -> DateOfBirth.of(b)));
    Optional<NhsNumber> nhs =
        required(row, Field.NHS_NUMBER, problems)
            .flatMap(t -> attempt(row, Field.NHS_NUMBER, problems, () -> NhsNumber.parse(t)));
    Optional<String> address = required(row, Field.ADDRESS, problems);
    Optional<String> localityCell = row.cell(Field.LOCALITY);
    Optional<String> locality =
        localityCell.isPresent() ? localityCell.flatMap(mapping::localityFor) : mapping.locality();
    if (localityCell.isPresent() && locality.isEmpty()) {
      problems.add(
          problem(
              row,
              Field.LOCALITY,
              "is not one of the spellings the mapping's localityValues name"));
    } else if (locality.isEmpty()) {
      problems.add(problem(row, Field.LOCALITY, "is required (the reporting area)"));
    }
    Optional<Residence> residence = Optional.empty();
    if (address.isPresent() && locality.isPresent()) {
      residence =
          attempt(
              row,
              Field.ADDRESS,
              problems,
              () ->
                  new Residence(
                      address.get(),
                      row.cell(Field.POSTCODE),
                      locality.get(),
                      Residence.Setting.OTHER));
    }
    Optional<Diagnosis> diagnosis =
        required(row, Field.DIAGNOSIS, problems)
            .flatMap(t -> mapping.diagnosisFor(t).or(() -> diagnosis(row, t, problems)));
    Optional<Rating> rag =
        row.cell(Field.RAG).flatMap(t -> mapping.ragFor(t).or(() -> rating(row, t, problems)));
    boolean inpatient = rag.filter(r -> r == Rating.BLUE).isPresent();
    Optional<Rating> rating = rag.filter(r -> r != Rating.BLUE);
    Optional<LocalDate> admitted =
        row.cell(Field.ADMISSION_DATE).flatMap(t -> date(row, Field.ADMISSION_DATE, t, problems));
    admitted
        .filter(d -> d.isAfter(today))
        .ifPresent(
            d -> problems.add(problem(row, Field.ADMISSION_DATE, "must not be in the future")));
    Optional<String> hospital = row.cell(Field.HOSPITAL);
    if (hospital.isPresent() && !HospitalCode.isWellFormed(hospital.get())) {
      problems.add(
          problem(
              row,
              Field.HOSPITAL,
              "must be the hospital's code: " + Codes.shape(Codes.MAX_LENGTH)));
      hospital = Optional.empty();
    }
    Optional<LocalDate> consentDate =
        row.cell(Field.CONSENT_DATE).flatMap(t -> date(row, Field.CONSENT_DATE, t, problems));
    consentDate
        .filter(d -> d.isAfter(today))
        .ifPresent(
            d -> problems.add(problem(row, Field.CONSENT_DATE, "must not be in the future")));
    Optional<LocalDate> lastReview =
        row.cell(Field.LAST_REVIEW).flatMap(t -> date(row, Field.LAST_REVIEW, t, problems));
    Optional<LocalDate> added =
        row.cell(Field.ADDED).flatMap(t -> date(row, Field.ADDED, t, problems));
    lastReview
        .filter(d -> d.isAfter(today))
        .ifPresent(d -> problems.add(problem(row, Field.LAST_REVIEW, "must not be in the future")));
    added
        .filter(d -> d.isAfter(today))
        .ifPresent(d -> problems.add(problem(row, Field.ADDED, "must not be in the future")));
    if (born.isPresent()) {
      lastReview
          .filter(d -> d.isBefore(born.get()))
          .ifPresent(
              d ->
                  problems.add(
                      problem(row, Field.LAST_REVIEW, "must not be before the date of birth")));
      added
          .filter(d -> d.isBefore(born.get()))
          .ifPresent(
              d -> problems.add(problem(row, Field.ADDED, "must not be before the date of birth")));
    }
    if (added.isPresent() && lastReview.isPresent() && lastReview.get().isBefore(added.get())) {
      problems.add(problem(row, Field.LAST_REVIEW, "must not be before the date added"));
    }
    ConsentValue consent =
        row.cell(Field.CONSENT).map(t -> consent(row, t, problems)).orElse(ConsentValue.NONE);
    if (born.isPresent()) {
      admitted
          .filter(d -> d.isBefore(born.get()))
          .ifPresent(
              d ->
                  problems.add(
                      problem(row, Field.ADMISSION_DATE, "must not be before the date of birth")));
      consentDate
          .filter(d -> d.isBefore(born.get()))
          .ifPresent(
              d ->
                  problems.add(
                      problem(row, Field.CONSENT_DATE, "must not be before the date of birth")));
    }
    Optional<String> keyWorkers = freeText(row, Field.KEY_WORKERS, problems);
    Optional<String> notes = freeText(row, Field.NOTES, problems);

    if (!problems.isEmpty()) {
      return new Bad(problems);
    }
    LocalDate joined = added.orElse(lastReview.orElse(today));
    PersonDetails person =
        PersonDetails.of(
            name.orElseThrow(),
            dateOfBirth.orElseThrow(),
            nhs.orElseThrow(),
            residence.orElseThrow(),
            diagnosis.orElseThrow());
    LocalDate consentOn = consentDate.or(mapping::consentDateDefault).orElse(joined);
    return new Good(
        new LegacyRecord(
            n,
            person,
            rating,
            joined,
            lastReview,
            consent,
            consentOn,
            inpatient,
            inpatient ? admitted : Optional.empty(),
            inpatient ? hospital : Optional.empty(),
            keyWorkers,
            notes));
  }

  private static Optional<String> required(LegacyRow row, Field field, List<RowProblem> problems) {
    Optional<String> text = row.cell(field);
    if (text.isEmpty()) {
      problems.add(problem(row, field, "is required"));
    }
    return text;
  }

  private static Optional<PersonName> name(LegacyRow row, List<RowProblem> problems) {
    if (row.mapped(Field.NAME)) {
      Optional<String> text = required(row, Field.NAME, problems);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      Optional<String[]> parts = ColumnMapping.NameRule.split(text.get());
      if (parts.isEmpty()) {
        problems.add(problem(row, Field.NAME, "must hold a given name and a family name"));
        return Optional.empty();
      }
      return attempt(
          row, Field.NAME, problems, () -> PersonName.of(parts.get()[0], parts.get()[1]));
    }
    Optional<String> given = required(row, Field.GIVEN_NAME, problems);
    Optional<String> family = required(row, Field.FAMILY_NAME, problems);
    if (given.isEmpty() || family.isEmpty()) {
      return Optional.empty();
    }
    return attempt(
        row, Field.FAMILY_NAME, problems, () -> PersonName.of(given.get(), family.get()));
  }

  private Optional<LocalDate> date(
      LegacyRow row, Field field, String text, List<RowProblem> problems) {
    try {
      return Optional.of(LocalDate.parse(text, mapping.dateFormat()));
    } catch (DateTimeParseException notLocal) {
      try {
        return Optional.of(LocalDate.parse(text, ISO));
      } catch (DateTimeParseException notIso) {
        if (shapeOfADate(text)) {
          problems.add(problem(row, field, "there is no such date"));
        } else {
          problems.add(
              problem(
                  row, field, "must be a date written as the mapping's dateFormat or YYYY-MM-DD"));
        }
        return Optional.empty();
      }
    }
  }

  /** Whether the text is written as a date but names none (31/02/2010, 2010-02-30). */
  private boolean shapeOfADate(String text) {
    for (java.time.format.DateTimeFormatter f : List.of(mapping.dateFormat(), ISO)) {
      try {
        f.withResolverStyle(java.time.format.ResolverStyle.LENIENT).parse(text);
        return true;
      } catch (DateTimeParseException no) {
        // not this shape
      }
    }
    return false;
  }

  private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

  private static Optional<Diagnosis> diagnosis(
      LegacyRow row, String text, List<RowProblem> problems) {
    String t = " " + NOT_LETTERS.matcher(text.toLowerCase(Locale.UK)).replaceAll(" ") + " ";
    boolean suspected =
        t.contains(" suspected ") || t.contains(" awaiting ") || t.contains(" query ");
    boolean autism =
        t.contains(" autism ")
            || t.contains(" asd ")
            || t.contains(" autistic ")
            || t.contains(" asc ");
    boolean learningDisability =
        t.contains(" ld ")
            || t.contains(" learning disability ")
            || t.contains(" learning disabilities ")
            || t.contains(" intellectual disability ");
    if (suspected && autism && !learningDisability) {
      return Optional.of(Diagnosis.SUSPECTED_AUTISM);
    }
    if (!suspected && autism && learningDisability) {
      return Optional.of(Diagnosis.LEARNING_DISABILITY_AND_AUTISM);
    }
    if (!suspected && autism) {
      return Optional.of(Diagnosis.AUTISM);
    }
    if (!suspected && learningDisability) {
      return Optional.of(Diagnosis.LEARNING_DISABILITY);
    }
    problems.add(
        problem(
            row,
            Field.DIAGNOSIS,
            "must be learning disability (LD), autism (ASD), both, or suspected autism"));
    return Optional.empty();
  }

  private static Optional<Rating> rating(LegacyRow row, String text, List<RowProblem> problems) {
    switch (ColumnMapping.spelling(text)) {
      case "r":
      case "red":
        return Optional.of(Rating.RED);
      case "a":
      case "amber":
        return Optional.of(Rating.AMBER);
      case "g":
      case "green":
        return Optional.of(Rating.GREEN);
      case "b":
      case "blue":
        return Optional.of(Rating.BLUE);
      default:
        problems.add(
            problem(
                row,
                Field.RAG,
                "must be Red, Amber, Green or Blue (or R, A, G, B), or a spelling the mapping's"
                    + " rag.* values name"));
        return Optional.empty();
    }
  }

  private ConsentValue consent(LegacyRow row, String text, List<RowProblem> problems) {
    Optional<ConsentValue> value = mapping.consentFor(text);
    if (value.isEmpty()) {
      problems.add(
          problem(
              row,
              Field.CONSENT,
              "is not a consent value the mapping knows: own consent (Y, Yes, Consent given),"
                  + " best interests (BI), parental consent (Parent) or none (N, blank), or a"
                  + " spelling named by consent.own, consent.bestInterests, consent.parent or"
                  + " consent.none"));
      return ConsentValue.NONE;
    }
    return value.get();
  }

  private static Optional<String> freeText(LegacyRow row, Field field, List<RowProblem> problems) {
    Optional<String> text = row.cell(field);
    if (text.isPresent() && text.get().length() > FREE_TEXT_MAX) {
      problems.add(problem(row, field, "must be at most " + FREE_TEXT_MAX + " characters"));
      return Optional.empty();
    }
    return text;
  }

  private static <T> Optional<T> attempt(
      LegacyRow row, Field field, List<RowProblem> problems, Supplier<T> make) {
    try {
      return Optional.of(make.get());
    } catch (ValidationException e) {
      for (Violation v : e.violations()) {
        problems.add(problem(row, field, v.rule()));
      }
      return Optional.empty();
    }
  }

  private static RowProblem problem(LegacyRow row, Field field, String rule) {
    return new RowProblem(row.number(), row.heading(field), rule);
  }
}
