package org.opendsr.benchmarks.rating;

import java.util.List;
import java.util.Map;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.Rating;

/**
 * The baseline: the national definitions as the if-chain a developer would write by hand, reading
 * the same assessment. It checks nothing, explains nothing and works out only whether a keyworker
 * referral applies; it shows the cost floor of the decision, not a recommended way to rate.
 */
final class HandWrittenNationalRating {

  private static final List<LinkedProcess> RED = List.of(LinkedProcess.CETR_MUST_TAKE_PLACE);
  private static final List<LinkedProcess> RED_KEYWORKER =
      List.of(LinkedProcess.CETR_MUST_TAKE_PLACE, LinkedProcess.KEYWORKER_REFERRAL);
  private static final List<LinkedProcess> AMBER =
      List.of(LinkedProcess.MULTI_AGENCY_MEETING_OR_CETR);
  private static final List<LinkedProcess> AMBER_KEYWORKER =
      List.of(LinkedProcess.MULTI_AGENCY_MEETING_OR_CETR, LinkedProcess.KEYWORKER_REFERRAL);
  private static final List<LinkedProcess> GREEN = List.of(LinkedProcess.IDENTIFY_CETR_PARTNERS);
  private static final List<LinkedProcess> BLUE = List.of(LinkedProcess.INPATIENT_REVIEW_CYCLE);

  /** The rating and its processes, as the hand-written code returns them. */
  record Result(Rating rating, List<LinkedProcess> linkedProcesses) {}

  private HandWrittenNationalRating() {}

  static Result rate(Assessment assessment) {
    if (assessment.person().inpatient()) {
      return new Result(Rating.BLUE, BLUE);
    }
    Map<String, Answer> answers = assessment.answers();
    boolean keyworker =
        !assessment.person().knownToKeyworkerService()
            && assessment.person().ageOn(assessment.assessmentDate()) <= 25;
    // NHS England DSR and C(E)TR policy (2023): Red on an immediate risk of admission, or on a
    // crisis together with a risk not managed in the community.
    if (yes(answers, Instruments.IMMEDIATE_RISK_OF_ADMISSION)
        || (yes(answers, Instruments.IN_CRISIS)
            && yes(answers, Instruments.RISK_NOT_MANAGED_IN_COMMUNITY))) {
      return new Result(Rating.RED, keyworker ? RED_KEYWORKER : RED);
    }
    if (yes(answers, Instruments.IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION)
        || yes(answers, Instruments.SIGNIFICANTLY_INCREASED_RISK)) {
      return new Result(Rating.AMBER, keyworker ? AMBER_KEYWORKER : AMBER);
    }
    return new Result(Rating.GREEN, GREEN);
  }

  private static boolean yes(Map<String, Answer> answers, String item) {
    return answers.get(item) instanceof Answer.YesNo answer && answer.yes();
  }
}
