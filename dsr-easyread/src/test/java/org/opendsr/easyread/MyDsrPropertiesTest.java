package org.opendsr.easyread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.Purpose;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.Agency;
import org.opendsr.rating.Rating;

/**
 * Over generated lives (every basis, every colour or none, in hospital or not, sharing with none to
 * all of three agencies, still on the register or withdrawn): the words stay easy, every special
 * word is explained where it is first used, every sentence has a picture, and nothing about anyone
 * else, nor the person's NHS number, is ever written.
 */
class MyDsrPropertiesTest {

  /** Special words and how their first use must read: as an explanation. */
  private static final List<String> JARGON =
      List.of("DSR", "C(E)TR", "keyworker", "best interests", "attorney");

  private static final List<Agency> AGENCIES =
      List.of(
          new Agency("SCHOOL-1", "Fictional Academy Trust", Agency.Kind.EDUCATION),
          new Agency("COUNCIL-1", "Fictional Borough Council", Agency.Kind.SOCIAL_CARE),
          new Agency("TRUST-1", "Fictional Health NHS Trust", Agency.Kind.HEALTH));

  private static final PersonDetails SOMEONE_ELSE =
      Lives.person("Bartholomew", "Otherperson", 35, "999 000 0166");

  /** A generated life, and the register it lives on, beside someone else's. */
  record Life(Lives lives, EntryId id, PersonDetails person) {}

  private static Life live(int basis, int colour, int sharing, int ageSeed) {
    Lives lives = new Lives();
    lives.contact(lives.refer(SOMEONE_ELSE, Lives.ownConsent(Purpose.inclusion())));
    ConsentRecord[] consent;
    int age;
    switch (basis) {
      case 0 -> {
        consent = new ConsentRecord[] {Lives.ownConsent(Purpose.inclusion())};
        age = 16 + ageSeed % 60;
      }
      case 1 -> {
        consent = Lives.parentalConsent();
        age = 4 + ageSeed % 12;
      }
      case 2 -> {
        consent = Lives.bestInterests();
        age = 16 + ageSeed % 60;
      }
      default -> {
        consent = Lives.attorney();
        age = 18 + ageSeed % 60;
      }
    }
    PersonDetails person = Lives.person("Maya", "Okafor", age, "943 476 5919");
    EntryId id = lives.refer(person, consent);
    lives.contact(id);
    for (int i = 0; i < AGENCIES.size(); i++) {
      if ((sharing & (1 << i)) != 0) {
        lives.involve(id, AGENCIES.get(i));
        if (basis == 0) {
          lives.record(id, Lives.ownConsent(Purpose.sharingWith(AGENCIES.get(i).id())));
        }
      }
    }
    if (colour > 0) {
      lives.rate(id, Rating.values()[(colour - 1) % 3]);
    }
    if (colour == 4) {
      lives.admit(id);
    }
    if ((sharing & 8) != 0) {
      lives.withdraw(id);
    }
    return new Life(lives, id, person);
  }

  private static void forEveryLife(java.util.function.Consumer<EasyReadDocument> check) {
    qt().withExamples(120)
        .forAll(
            integers().between(0, 3),
            integers().between(0, 4),
            integers().between(0, 15),
            integers().between(0, 1000))
        .checkAssert(
            (basis, colour, sharing, ageSeed) -> {
              Life life = live(basis, colour, sharing, ageSeed);
              check.accept(life.lives().document(life.id()));
            });
  }

  @Test
  void every_sentence_is_at_most_fifteen_words_with_a_picture_and_alt_text() {
    forEveryLife(
        document -> {
          assertThat(document.sentences()).isNotEmpty();
          for (Sentence sentence : document.sentences()) {
            assertThat(Readability.words(sentence.text()))
                .as(sentence.text())
                .hasSizeLessThanOrEqualTo(15);
            assertThat(sentence.text()).as("a whole sentence").matches("[A-Z].*[.?!]");
            assertThat(sentence.picture().altText()).isNotBlank();
          }
        });
  }

  @Test
  void the_words_are_easy_to_read_flesch_reading_ease_of_at_least_75() {
    forEveryLife(
        document -> {
          List<String> sentences = document.sentences().stream().map(Sentence::text).toList();
          assertThat(Readability.fleschReadingEase(sentences))
              .as(String.join("\n", sentences))
              .isGreaterThanOrEqualTo(75.0);
        });
  }

  @Test
  void every_special_word_is_explained_where_it_is_first_used() {
    forEveryLife(
        document -> {
          List<String> sentences = document.sentences().stream().map(Sentence::text).toList();
          for (String term : JARGON) {
            sentences.stream()
                .filter(s -> s.toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT)))
                .findFirst()
                .ifPresent(
                    first ->
                        assertThat(first)
                            .as("first use of " + term)
                            .containsAnyOf(" is a ", " is called ", " is the "));
          }
        });
  }

  @Test
  void nothing_about_anyone_else_and_never_the_nhs_number_is_written() {
    forEveryLife(
        document -> {
          String text = document.text();
          assertThat(text)
              .doesNotContain("Bartholomew")
              .doesNotContain("Otherperson")
              .doesNotContain("Okafor")
              .doesNotContain("Fictional Academy Trust")
              .doesNotContain("Fictional Borough Council")
              .doesNotContain("Fictional Health NHS Trust");
          String digits = text.replaceAll("[^0-9]", " ");
          assertThat(digits).doesNotContain("9434765919").doesNotContain("9990000166");
          assertThat(text).doesNotContain("943 476").doesNotContain("5919").doesNotContain("0166");
        });
  }

  @Test
  void the_person_is_always_told_they_can_say_no_and_change_their_mind_without_losing_care() {
    forEveryLife(
        document -> {
          List<String> sentences = new ArrayList<>();
          document.sentences().forEach(s -> sentences.add(s.text()));
          assertThat(sentences)
              .contains(
                  "You can say no to a C(E)TR.",
                  "Saying no will not change the care you get.",
                  "You can change your mind about the DSR at any time.");
        });
  }
}
