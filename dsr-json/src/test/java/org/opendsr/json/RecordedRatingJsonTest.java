package org.opendsr.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.Reason;
import org.opendsr.rating.RecordedRating;
import org.opendsr.rating.Rule;

/**
 * Ratings recorded under an earlier version of an instrument, as stored documents: they read back
 * with their own version, reasons and answers, whatever the library's current definitions.
 */
class RecordedRatingJsonTest {

  private static final DsrJson JSON = DsrJson.standard();

  /** Written by the library while the national definitions were at version 2023.1. */
  private static String recordedUnderNational20231() throws IOException {
    try (InputStream in =
        RecordedRatingJsonTest.class.getResourceAsStream(
            "recorded-rating-under-national-definitions-2023.1.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void a_decision_recorded_under_the_previous_national_version_still_explains_itself()
      throws IOException {
    String stored = recordedUnderNational20231();

    RecordedRating recorded = JSON.read(stored, RecordedRating.class);
    RatingDecision decision = recorded.suggestion();

    // It keeps its version and its rating: crisis alone was Red under 2023.1.
    assertThat(decision.instrumentId()).isEqualTo(Instruments.NATIONAL_DEFINITIONS_ID);
    assertThat(decision.instrumentVersion())
        .isEqualTo(Instruments.PREVIOUS_NATIONAL_DEFINITIONS_VERSION)
        .isNotEqualTo(Instruments.nationalDefinitions().version());
    assertThat(recorded.finalRating()).isEqualTo(Rating.RED);
    // Its reasons are those it was recorded with, word for word, with the answers they used.
    Reason red = decision.reasons().get(0);
    assertThat(red.ruleId()).isEqualTo("national-red");
    assertThat(red.text()).startsWith("Red (national definition)");
    assertThat(red.answers())
        .containsExactly(java.util.Map.entry(Instruments.IN_CRISIS, Answer.yes()));
    // The version it names still finds the rules that gave those reasons.
    Instrument rules = Instruments.nationalDefinitions(decision.instrumentVersion()).orElseThrow();
    assertThat(rules.rules())
        .extracting(Rule::id)
        .containsAll(decision.reasons().stream().map(Reason::ruleId).toList());
    // Writing it again changes nothing.
    assertThat(JSON.read(JSON.write(recorded), RecordedRating.class)).isEqualTo(recorded);
  }
}
