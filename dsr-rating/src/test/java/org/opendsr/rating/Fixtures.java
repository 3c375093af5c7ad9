package org.opendsr.rating;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Story-like fixtures shared by the tests. */
final class Fixtures {

  static final LocalDate ASSESSMENT_DATE = LocalDate.of(2024, 6, 10);

  private Fixtures() {}

  /** A person of this age in whole years on {@link #ASSESSMENT_DATE}, living in the community. */
  static PersonContext personAged(int years) {
    return PersonContext.inCommunity(ASSESSMENT_DATE.minusYears(years).minusMonths(3));
  }

  /** Answers to the national definitions with every item "no" except those named. */
  static Map<String, Answer> nationalAnswersYesTo(String... yesItems) {
    Map<String, Answer> answers = new HashMap<>();
    for (Item item : Instruments.nationalDefinitions().items()) {
      answers.put(item.id(), Answer.no());
    }
    for (String item : yesItems) {
      answers.put(item, Answer.yes());
    }
    return answers;
  }

  static Assessment nationalAssessment(PersonContext person, String... yesItems) {
    return Assessment.of(person, ASSESSMENT_DATE, nationalAnswersYesTo(yesItems));
  }

  static RatingDecision nationalDecision(PersonContext person, String... yesItems) {
    return Instruments.nationalDefinitions().decide(nationalAssessment(person, yesItems));
  }
}
