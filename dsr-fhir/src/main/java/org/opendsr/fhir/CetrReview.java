package org.opendsr.fhir;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.opendsr.core.ValidationException;

/**
 * A Care (Education) and Treatment Review that took place, with what the panel found for each of
 * the five questions and the actions it agreed (DOMAIN.md "C(E)TRs").
 *
 * @param id the register's identifier of the review; the same id a {@code Purpose.cetr} consent
 *     names; not blank
 * @param kind a CTR (adults) or a C(E)TR with its education element
 * @param setting held in the community or while the person was an inpatient
 * @param date the date it was held
 * @param findings one finding per question asked, each question at most once
 * @param agreedActionIds ids of the actions on the action plan that the review agreed
 */
public record CetrReview(
    String id,
    Kind kind,
    Setting setting,
    LocalDate date,
    List<Finding> findings,
    List<String> agreedActionIds) {

  /** Which review it was. */
  public enum Kind {
    /** A Care and Treatment Review, for adults. */
    CTR,
    /** A Care, Education and Treatment Review, for under 18s and 18-25s with an EHC plan. */
    CETR
  }

  /** Where the person was when the review took place. */
  public enum Setting {
    /** A community review, ideally before any admission. */
    COMMUNITY,
    /** A review while the person was an inpatient. */
    INPATIENT
  }

  /** The five questions a C(E)TR asks (national policy 2023). */
  public enum Question {
    /** Is the person safe? */
    SAFE,
    /** Are they getting good care? */
    GOOD_CARE,
    /** What are their plans for the future? */
    FUTURE_PLANS,
    /** Can care and treatment be provided in the community? */
    CARE_IN_COMMUNITY,
    /** Are their education needs met? */
    EDUCATION_NEEDS_MET
  }

  /** The panel's answer to one question. */
  public enum Answer {
    /** Yes. */
    YES,
    /** Partly. */
    PARTLY,
    /** No. */
    NO,
    /** The question did not apply (e.g. education for an adult without an EHC plan). */
    NOT_APPLICABLE
  }

  /**
   * What the panel found for one question.
   *
   * @param question the question
   * @param answer the panel's answer
   * @param summary what the panel wrote; not blank; never printed by {@link #toString()}
   */
  public record Finding(Question question, Answer answer, String summary) {
    /**
     * Validates every part.
     *
     * @throws ValidationException naming {@code finding.summary} when it is blank
     */
    public Finding {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(summary, "summary");
      if (summary.isBlank()) {
        throw ValidationException.of("finding.summary", "must not be blank");
      }
    }

    /** Shows the question and answer only. */
    @Override
    public String toString() {
      return "Finding[question=" + question + ", answer=" + answer + "]";
    }
  }

  /**
   * Validates every part and copies the lists.
   *
   * @throws ValidationException naming {@code cetr.id} or {@code cetr.findings}
   */
  public CetrReview {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(date, "date");
    findings = List.copyOf(findings);
    agreedActionIds = List.copyOf(agreedActionIds);
    if (id.isBlank()) {
      throw ValidationException.of("cetr.id", "must not be blank");
    }
    if (findings.stream().map(Finding::question).distinct().count() != findings.size()) {
      throw ValidationException.of("cetr.findings", "must answer each question at most once");
    }
  }
}
