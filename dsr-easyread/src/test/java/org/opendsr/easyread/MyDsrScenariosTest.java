package org.opendsr.easyread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.Purpose;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.person.Agency;
import org.opendsr.core.register.Command;
import org.opendsr.rating.Rating;

/** One person's own account of their entry, for each basis, each colour and each way it ends. */
class MyDsrScenariosTest {

  private final Lives lives = new Lives();

  private static List<String> sentencesOf(EasyReadDocument document, SectionKind kind) {
    return document.section(kind).orElseThrow().sentences().stream().map(Sentence::text).toList();
  }

  private EntryId activeAdult(String given, String nhs) {
    EntryId id =
        lives.refer(
            Lives.person(given, "Fictional", 30, nhs), Lives.ownConsent(Purpose.inclusion()));
    lives.contact(id);
    return id;
  }

  @Test
  void a_person_who_said_yes_is_told_they_are_on_the_dsr_because_they_said_yes() {
    EntryId id = activeAdult("Maya", "999 000 0018");
    assertThat(sentencesOf(lives.document(id), SectionKind.WHY_YOU_ARE_ON_IT))
        .containsExactly("You are on the DSR because you said yes.");
  }

  @Test
  void a_child_whose_parent_said_yes_is_told_so_and_that_they_were_asked_too() {
    EntryId id =
        lives.refer(
            Lives.person("Alfie", "Fictional", 12, "999 000 0026"), Lives.parentalConsent());
    lives.contact(id);
    assertThat(sentencesOf(lives.document(id), SectionKind.WHY_YOU_ARE_ON_IT))
        .containsExactly(
            "You are on the DSR because your mum or dad said yes.",
            "We asked you what you think too.");
  }

  @Test
  void a_best_interests_decision_is_told_and_explained() {
    EntryId id =
        lives.refer(Lives.person("Jo", "Fictional", 40, "999 000 0034"), Lives.bestInterests());
    lives.contact(id);
    assertThat(sentencesOf(lives.document(id), SectionKind.WHY_YOU_ARE_ON_IT))
        .containsExactly(
            "People who know you well decided it is best for you.",
            "This is called a best interests decision.");
  }

  @Test
  void an_attorneys_decision_is_told_and_the_word_attorney_explained() {
    EntryId id =
        lives.refer(Lives.person("Lee", "Fictional", 50, "999 000 0042"), Lives.attorney());
    lives.contact(id);
    assertThat(sentencesOf(lives.document(id), SectionKind.WHY_YOU_ARE_ON_IT))
        .containsExactly(
            "You chose a person to make some choices for you.",
            "This person is called your attorney.",
            "Your attorney said yes to the DSR for you.");
  }

  @Test
  void red_tells_of_worry_about_hospital_and_a_quick_meeting_to_help() {
    EntryId id = activeAdult("Sam", "999 000 0050");
    lives.rate(id, Rating.RED);
    EasyReadDocument document = lives.document(id);
    assertThat(sentencesOf(document, SectionKind.YOUR_COLOUR))
        .containsExactly(
            "Your colour is red.",
            "People are very worried you might have to go into hospital soon.",
            "They will meet quickly to help you.");
    assertThat(document.section(SectionKind.YOUR_COLOUR).orElseThrow().sentences().get(0).picture())
        .isEqualTo(Picture.RED);
  }

  @Test
  void amber_and_green_are_told_in_calm_words() {
    EntryId amber = activeAdult("Priya", "999 000 0069");
    lives.rate(amber, Rating.AMBER);
    EntryId green = activeAdult("David", "999 000 0077");
    lives.rate(green, Rating.GREEN);
    assertThat(sentencesOf(lives.document(amber), SectionKind.YOUR_COLOUR))
        .startsWith("Your colour is amber.")
        .noneMatch(s -> s.contains("crisis") || s.contains("risk") || s.contains("danger"));
    assertThat(sentencesOf(lives.document(green), SectionKind.YOUR_COLOUR))
        .containsExactly(
            "Your colour is green.",
            "Things are going well for you at the moment.",
            "People will keep checking that you are okay.");
  }

  @Test
  void a_person_in_hospital_is_blue_and_told_people_will_help_them_home() {
    EntryId id = activeAdult("Ali", "999 000 0085");
    lives.rate(id, Rating.AMBER);
    lives.admit(id);
    EasyReadDocument document = lives.document(id);
    assertThat(sentencesOf(document, SectionKind.YOUR_COLOUR))
        .containsExactly(
            "Your colour is blue.",
            "You are in hospital now.",
            "People are checking that you get good care.",
            "They will help you go home when you are ready.");
    assertThat(sentencesOf(document, SectionKind.WHAT_HAPPENS_NEXT))
        .contains("You may have a C(E)TR.");
  }

  @Test
  void a_planned_cetr_is_explained_and_dated_the_way_people_say_dates() {
    EntryId id = activeAdult("Kim", "999 000 0093");
    lives.register.handle(
        new Command.PlanCetr(
            Lives.ACTOR, id, lives.register.entry(id).version(), Lives.TODAY.plusWeeks(6)));
    List<String> next = sentencesOf(lives.document(id), SectionKind.WHAT_HAPPENS_NEXT);
    int planned = next.indexOf("You may have a C(E)TR.");
    assertThat(planned).isPositive();
    assertThat(next.get(planned - 1))
        .isEqualTo("A C(E)TR is a meeting to check you get the right care.");
    assertThat(next).contains("It will be by Monday 4 January 2027.");
  }

  @Test
  void only_the_agencies_the_person_agreed_to_share_with_are_named_by_everyday_names() {
    EntryId id = activeAdult("Noor", "999 000 0107");
    lives.involve(id, new Agency("SCHOOL-1", "Fictional Academy Trust", Agency.Kind.EDUCATION));
    lives.involve(
        id, new Agency("COUNCIL-1", "Fictional Borough Council", Agency.Kind.SOCIAL_CARE));
    lives.record(id, Lives.ownConsent(Purpose.sharingWith("SCHOOL-1")));
    List<String> who = sentencesOf(lives.document(id), SectionKind.WHO_CAN_SEE);
    assertThat(who).contains("Your school can see your information.");
    assertThat(String.join(" ", who))
        .doesNotContain("social care")
        .doesNotContain("Fictional Academy Trust");
  }

  @Test
  void a_withdrawn_consent_says_the_person_is_no_longer_on_the_dsr_and_their_information_is_kept() {
    EntryId id = activeAdult("Eve", "999 000 0115");
    lives.rate(id, Rating.GREEN);
    lives.withdraw(id);
    assertThat(lives.register.entry(id).status()).isEqualTo(EntryStatus.CLOSED);
    EasyReadDocument document = lives.document(id);
    assertThat(sentencesOf(document, SectionKind.WHY_YOU_ARE_ON_IT))
        .containsExactly(
            "You are not on the DSR any more.",
            "You said you did not want to be on the DSR.",
            "We keep your information safe, as the law says we must.");
    assertThat(document.section(SectionKind.YOUR_COLOUR)).isEmpty();
    assertThat(sentencesOf(document, SectionKind.YOUR_CHOICES))
        .contains("You can change your mind about the DSR at any time.");
  }

  @Test
  void local_settings_choose_the_sections_but_never_remove_the_persons_choices() {
    EntryId id = activeAdult("Ria", "999 000 0123");
    EasyReadDocument document =
        EasyRead.document(
            lives.register.entryAsOf(id, Lives.TODAY),
            Lives.TODAY,
            Lives.SETTINGS.withSections(EnumSet.of(SectionKind.YOUR_COLOUR)));
    assertThat(document.sections())
        .extracting(Section::kind)
        .containsExactly(SectionKind.YOUR_COLOUR, SectionKind.YOUR_CHOICES);
    List<String> choices = sentencesOf(document, SectionKind.YOUR_CHOICES);
    assertThat(choices)
        .as("the DSR is explained where it is first named, even without the first section")
        .containsSubsequence(
            "The DSR is a list of people who may need extra help.",
            "You can change your mind about the DSR at any time.");
  }

  @Test
  void the_team_to_contact_comes_from_local_settings() {
    EntryId id = activeAdult("Tom", "999 000 0131");
    assertThat(sentencesOf(lives.document(id), SectionKind.CONTACT))
        .containsExactly(
            "To talk about the DSR, call the Swindon DSR team.",
            "The phone number is 01793 000 000.");
  }

  @Test
  void no_document_is_written_for_a_person_who_died() {
    EntryId id = activeAdult("Zed", "999 000 0158");
    lives.register.handle(
        new Command.CloseEntry(
            Lives.ACTOR, id, lives.register.entry(id).version(), Lives.TODAY, CloseReason.DIED));
    assertThatThrownBy(() -> lives.document(id)).isInstanceOf(IllegalArgumentException.class);
  }
}
