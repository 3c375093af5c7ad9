package org.opendsr.benchmarks.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.IncompleteAssessmentException;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.Item;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.RatingDecision;

/** The benchmark's baseline is only a fair comparison while it rates as the instrument does. */
class HandWrittenNationalRatingTest {

  private static final LocalDate ASSESSED_ON = LocalDate.of(2024, 6, 10);

  @Test
  void the_hand_written_baseline_rates_every_combination_as_the_national_instrument_does() {
    Instrument national = Instruments.nationalDefinitions();
    List<Item> items = national.items();
    int compared = 0;
    for (PersonContext person :
        List.of(
            PersonContext.inCommunity(ASSESSED_ON.minusYears(40)),
            PersonContext.inCommunity(ASSESSED_ON.minusYears(20)))) {
      for (int combination = 0; combination < 1 << items.size(); combination++) {
        Map<String, Answer> answers = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
          answers.put(items.get(i).id(), Answer.of((combination >> i & 1) == 1));
        }
        Assessment assessment = Assessment.of(person, ASSESSED_ON, answers);
        RatingDecision decision;
        try {
          decision = national.decide(assessment);
        } catch (IncompleteAssessmentException contradictory) {
          continue;
        }
        HandWrittenNationalRating.Result byHand = HandWrittenNationalRating.rate(assessment);

        assertThat(byHand.rating()).as("answers %s", answers).isEqualTo(decision.suggestedRating());
        assertThat(byHand.linkedProcesses()).isEqualTo(decision.linkedProcesses());
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(64);
  }
}
