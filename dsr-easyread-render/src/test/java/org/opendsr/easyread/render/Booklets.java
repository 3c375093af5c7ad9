package org.opendsr.easyread.render;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.opendsr.easyread.EasyReadDocument;
import org.opendsr.easyread.Picture;
import org.opendsr.easyread.Section;
import org.opendsr.easyread.SectionKind;
import org.opendsr.easyread.Sentence;

/** A fictional person's Easy Read document that uses every picture, with words to escape. */
final class Booklets {

  private Booklets() {}

  static EasyReadDocument everyPicture() {
    return new EasyReadDocument(
        "My DSR",
        LocalDate.of(2026, 11, 23),
        List.of(
            new Section(
                SectionKind.ABOUT_THE_DSR,
                "What is the DSR?",
                List.of(
                    Sentence.of(Picture.PEOPLE, "The DSR is a list of people who may need help."),
                    Sentence.of(Picture.HOSPITAL, "It helps you stay out of hospital."),
                    Sentence.of(Picture.HOME, "It helps you stay at home."))),
            new Section(
                SectionKind.YOUR_COLOUR,
                "Your colour",
                Arrays.stream(
                        new Picture[] {Picture.RED, Picture.AMBER, Picture.GREEN, Picture.BLUE})
                    .map(p -> Sentence.of(p, "This is the colour " + p.name() + "."))
                    .toList()),
            new Section(
                SectionKind.WHAT_HAPPENS_NEXT,
                "What happens next",
                List.of(
                    Sentence.of(Picture.MEETING, "We will have a meeting with you & your family."),
                    Sentence.of(Picture.CALENDAR, "The meeting is on Monday 30 November."),
                    Sentence.of(Picture.PERSON, "You can bring a person you trust."))),
            new Section(
                SectionKind.YOUR_CHOICES,
                "Your choices",
                List.of(
                    Sentence.of(Picture.TICK, "You said yes."),
                    Sentence.of(Picture.CROSS, "You can say no."),
                    Sentence.of(Picture.CHANGE_OF_MIND, "You can change your mind at any time."),
                    Sentence.of(Picture.PHONE, "Call the DSR team on 01793 000 000.")))));
  }
}
