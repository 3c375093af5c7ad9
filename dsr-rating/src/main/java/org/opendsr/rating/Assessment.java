package org.opendsr.rating;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What a clinician knows on the assessment date: the person's circumstances and the answers to the
 * items of an instrument.
 *
 * <p>Answers are not checked here; {@link Instrument#decide(Assessment, RatingPolicy)} checks them
 * against the instrument and lists every missing or invalid one.
 *
 * @param person the person's circumstances on the assessment date; not null
 * @param assessmentDate the date the rating is made for; not before the date of birth
 * @param answers answers by item id; copied, no null keys or values; kept in order of item id
 */
public record Assessment(
    PersonContext person, LocalDate assessmentDate, Map<String, Answer> answers) {

  /**
   * Checks and copies the arguments.
   *
   * @throws NullPointerException if an argument, key or value is null
   * @throws RatingException if the assessment date is before the date of birth
   */
  public Assessment {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(assessmentDate, "assessmentDate");
    answers = AnswerMap.copyOf(Objects.requireNonNull(answers, "answers"));
    if (assessmentDate.isBefore(person.dateOfBirth())) {
      throw RatingException.of(
          "assessmentDate",
          "must not be before the date of birth",
          "assessmentDate must not be before the date of birth");
    }
  }

  /**
   * An assessment.
   *
   * @param person the person's circumstances; not null
   * @param assessmentDate the assessment date; not null
   * @param answers answers by item id; not null
   * @return the assessment
   */
  public static Assessment of(
      PersonContext person, LocalDate assessmentDate, Map<String, Answer> answers) {
    return new Assessment(person, assessmentDate, answers);
  }

  /**
   * A copy with one more or one changed answer.
   *
   * @param itemId the item id; not null
   * @param answer the answer; not null
   * @return the changed assessment
   */
  public Assessment withAnswer(String itemId, Answer answer) {
    var copy = new java.util.HashMap<>(answers);
    copy.put(Objects.requireNonNull(itemId, "itemId"), Objects.requireNonNull(answer, "answer"));
    return new Assessment(person, assessmentDate, copy);
  }

  /**
   * A copy with another person context, for example after discharge from hospital.
   *
   * @param newPerson the circumstances; not null
   * @return the changed assessment
   */
  public Assessment withPerson(PersonContext newPerson) {
    return new Assessment(newPerson, assessmentDate, answers);
  }

  /**
   * The answers as the canonical constructor keeps them, in order of item id.
   *
   * @return the answer map
   */
  AnswerMap answersInIdOrder() {
    return (AnswerMap) answers;
  }

  /** Prints no answers and no date of birth: both are personal health data. */
  @Override
  public String toString() {
    return "Assessment[person="
        + person
        + ", assessmentDate="
        + assessmentDate
        + ", answers="
        + answers.size()
        + " items]";
  }
}
