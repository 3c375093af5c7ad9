package org.opendsr.core.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.ClinicianOverride;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.RecordedRating;

/** Ratings made with the national-definitions instrument, as a clinician would. */
final class Ratings {

  private Ratings() {}

  static RatingDecision decision(PersonDetails person, LocalDate on, Rating wanted) {
    return decision(PersonContext.inCommunity(person.dateOfBirth().value()), on, wanted);
  }

  /** The rating of a person in hospital: Blue, whatever the answers. */
  static RecordedRating inHospital(PersonDetails person, LocalDate on) {
    return RecordedRating.asSuggested(
        decision(
            PersonContext.inCommunity(person.dateOfBirth().value()).withInpatient(true),
            on,
            Rating.RED));
  }

  private static RatingDecision decision(PersonContext context, LocalDate on, Rating wanted) {
    // Red by the national definition's second criterion: crisis and an unmanaged risk together.
    Map<String, Answer> answers =
        Map.of(
            Instruments.IMMEDIATE_RISK_OF_ADMISSION, Answer.no(),
            Instruments.IN_CRISIS, Answer.of(wanted == Rating.RED),
            Instruments.RISK_NOT_MANAGED_IN_COMMUNITY, Answer.of(wanted == Rating.RED),
            Instruments.IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION,
                Answer.of(wanted == Rating.AMBER),
            Instruments.SIGNIFICANTLY_INCREASED_RISK, Answer.no(),
            Instruments.SOME_RISKS_CURRENTLY_MANAGED, Answer.of(wanted == Rating.GREEN));
    return Instruments.nationalDefinitions()
        .decide(Assessment.of(context, on, answers), RatingPolicy.nationalDefaults());
  }

  static RecordedRating rated(PersonDetails person, LocalDate on, Rating wanted) {
    return RecordedRating.asSuggested(decision(person, on, wanted));
  }

  static RecordedRating overridden(
      PersonDetails person, LocalDate on, Rating suggested, Rating chosen, String why) {
    return RecordedRating.overridden(
        decision(person, on, suggested),
        ClinicianOverride.of(chosen, why, "clinician-7", Instant.parse("2026-01-01T00:00:00Z")));
  }
}
