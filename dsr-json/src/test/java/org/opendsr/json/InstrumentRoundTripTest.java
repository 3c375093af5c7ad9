package org.opendsr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.Item;
import org.opendsr.rating.Level;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.RatingPolicy;

/** An instrument written to JSON and read back is the same definition and decides identically. */
class InstrumentRoundTripTest {

  private static final DsrJson JSON = DsrJson.standard();
  private static final LocalDate ASSESSED = LocalDate.of(2025, 3, 3);
  private static final List<PersonContext> PEOPLE =
      List.of(
          PersonContext.inCommunity(LocalDate.of(2010, 6, 1)),
          PersonContext.inCommunity(LocalDate.of(1970, 6, 1)),
          PersonContext.inCommunity(LocalDate.of(2010, 6, 1)).withKnownToKeyworkerService(true),
          PersonContext.inCommunity(LocalDate.of(1990, 6, 1)).withInpatient(true));

  @Test
  void an_instrument_read_back_has_the_same_definition() {
    qt().withExamples(200)
        .forAll(Generators.instruments())
        .checkAssert(
            instrument -> {
              Instrument read = JSON.readInstrument(JSON.writeInstrument(instrument));
              assertSameDefinition(read, instrument);
            });
  }

  @Test
  void an_instrument_read_back_decides_identically_for_every_combination_of_answers() {
    qt().withExamples(60)
        .forAll(Generators.instruments())
        .checkAssert(
            instrument ->
                assertDecidesIdentically(
                    JSON.readInstrument(JSON.writeInstrument(instrument)), instrument));
  }

  @Test
  void the_shipped_instruments_are_shipped_as_json_that_matches_their_definition()
      throws IOException {
    ObjectMapper tree = new ObjectMapper();
    for (Instrument shipped :
        List.of(
            Instruments.nationalDefinitions(),
            Instruments.keyQuestions(),
            Instruments.twoSectionMatrix(),
            Instruments.weightedItems())) {
      try (InputStream resource =
          DsrJson.class.getResourceAsStream("instruments/" + shipped.id() + ".json")) {
        assertThat(resource).as(shipped.id()).isNotNull();
        assertThat(tree.readTree(resource))
            .as(shipped.id())
            .isEqualTo(tree.readTree(JSON.writeInstrument(shipped)));
      }
      Instrument loaded = JSON.shippedInstrument(shipped.id());
      assertSameDefinition(loaded, shipped);
      assertDecidesIdentically(loaded, shipped);
    }
    assertThat(DsrJson.SHIPPED_INSTRUMENT_IDS).hasSize(4);
  }

  @Test
  void an_unknown_shipped_instrument_id_is_refused() {
    assertThat(catchThrowable(() -> JSON.shippedInstrument("no-such-instrument")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static void assertSameDefinition(Instrument actual, Instrument expected) {
    assertThat(actual.id()).isEqualTo(expected.id());
    assertThat(actual.version()).isEqualTo(expected.version());
    assertThat(actual.title()).isEqualTo(expected.title());
    assertThat(actual.items()).isEqualTo(expected.items());
    assertThat(actual.rules()).isEqualTo(expected.rules());
    assertThat(actual.contradictions()).isEqualTo(expected.contradictions());
    assertThat(actual.baseline()).isEqualTo(expected.baseline());
  }

  /** Every combination of answers (the instruments generated have at most a few hundred). */
  static void assertDecidesIdentically(Instrument actual, Instrument expected) {
    List<Item> items = expected.items();
    int[] values = new int[items.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = items.get(i).minimum();
    }
    while (true) {
      Map<String, Answer> answers = new HashMap<>();
      for (int i = 0; i < values.length; i++) {
        answers.put(items.get(i).id(), answer(items.get(i), values[i]));
      }
      for (PersonContext person : PEOPLE) {
        Assessment assessment = new Assessment(person, ASSESSED, answers);
        for (RatingPolicy policy :
            List.of(
                RatingPolicy.nationalDefaults(),
                RatingPolicy.nationalDefaults().withKeyworkerOfferCoveringBlue(true))) {
          Object expectedOutcome = outcome(expected, assessment, policy);
          assertThat(outcome(actual, assessment, policy)).isEqualTo(expectedOutcome);
        }
      }
      int i = 0;
      while (i < values.length && values[i] == items.get(i).maximum()) {
        values[i] = items.get(i).minimum();
        i++;
      }
      if (i == values.length) {
        return;
      }
      values[i]++;
    }
  }

  private static Object outcome(Instrument instrument, Assessment assessment, RatingPolicy policy) {
    try {
      return instrument.decide(assessment, policy);
    } catch (org.opendsr.rating.IncompleteAssessmentException e) {
      return e.problems();
    }
  }

  private static Answer answer(Item item, int value) {
    return switch (item.kind()) {
      case YES_NO -> Answer.of(value == 1);
      case LEVEL -> Answer.level(Level.values()[value]);
      case SCORE -> Answer.score(value);
    };
  }
}
