package org.opendsr.easyread;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.consent.Basis;
import org.opendsr.consent.ConsentDecision;
import org.opendsr.consent.ConsentRules;
import org.opendsr.consent.Purpose;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Closure;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.person.Agency;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.rating.Rating;

/**
 * Turns one person's register entry, as of a date, into their Easy Read document. A pure function:
 * the same entry, date and settings always give the same document.
 *
 * <p>Every sentence comes from the entry's structured facts (status, basis for inclusion, rating,
 * open tasks, agencies the person agreed to share with) and the local settings; nothing a
 * professional typed is shown. The document names only the person, by their first or preferred
 * name, and never their NHS number.
 */
public final class EasyRead {

  /** Dates as people say them: "Tuesday 5 January 2027". */
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

  private EasyRead() {}

  /**
   * The Easy Read document of an entry.
   *
   * @param entry the entry as it stood on {@code asOf} (the register's {@code entryAsOf})
   * @param asOf the date the document describes
   * @param settings the local team's details and choice of sections
   * @return the document
   * @throws IllegalArgumentException if the entry is closed because the person died: there is no
   *     reader to write for
   */
  public static EasyReadDocument document(Entry entry, LocalDate asOf, EasyReadSettings settings) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(settings, "settings");
    if (entry.closure().map(Closure::reason).filter(r -> r == CloseReason.DIED).isPresent()) {
      throw new IllegalArgumentException("no Easy Read document is written for a person who died");
    }
    Writer w = new Writer(settings);
    boolean onTheRegister = entry.status() == EntryStatus.ACTIVE;

    if (w.wants(SectionKind.ABOUT_THE_DSR)) {
      w.start(SectionKind.ABOUT_THE_DSR, "About the DSR");
      w.say(Picture.PERSON, "This is about you, " + firstName(entry) + ".");
      w.say(Picture.PEOPLE, "The DSR is a list of people who may need extra help.");
      w.say(Picture.HOME, "The help is so you can stay well at home.");
      w.say(Picture.MEETING, "People from health, care and school work together to help.");
    }
    if (w.wants(SectionKind.WHY_YOU_ARE_ON_IT)) {
      w.start(
          SectionKind.WHY_YOU_ARE_ON_IT,
          onTheRegister ? "Why you are on the DSR" : "You and the DSR");
      whyYouAreOnIt(w, entry, asOf, settings);
    }
    if (onTheRegister && w.wants(SectionKind.YOUR_COLOUR)) {
      w.start(SectionKind.YOUR_COLOUR, "Your colour");
      yourColour(w, entry);
    }
    if (onTheRegister && w.wants(SectionKind.WHAT_HAPPENS_NEXT)) {
      w.start(SectionKind.WHAT_HAPPENS_NEXT, "What happens next");
      whatHappensNext(w, entry, asOf);
    }
    if (onTheRegister && w.wants(SectionKind.WHO_CAN_SEE)) {
      w.start(SectionKind.WHO_CAN_SEE, "Who can see your information");
      whoCanSee(w, entry, asOf, settings);
    }
    w.start(SectionKind.YOUR_CHOICES, "Your choices");
    w.say(Picture.CROSS, "You can say no to a C(E)TR.");
    w.say(Picture.TICK, "Saying no will not change the care you get.");
    w.say(Picture.CHANGE_OF_MIND, "You can change your mind about the DSR at any time.");
    if (w.wants(SectionKind.CONTACT)) {
      w.start(SectionKind.CONTACT, "Who to talk to");
      w.say(Picture.PHONE, "To talk about the DSR, call " + settings.teamName() + ".");
      w.say(Picture.PHONE, "The phone number is " + settings.phone() + ".");
    }
    return new EasyReadDocument("My DSR", asOf, w.finish());
  }

  private static String firstName(Entry entry) {
    return entry.person().name().preferred().orElse(entry.person().name().given());
  }

  private static void whyYouAreOnIt(
      Writer w, Entry entry, LocalDate asOf, EasyReadSettings settings) {
    switch (entry.status()) {
      case REFERRED -> {
        w.say(Picture.PERSON, "Someone asked for you to be on the DSR.");
        w.say(Picture.TICK, "We will ask you if you agree.");
      }
      case DECLINED -> {
        w.say(Picture.CROSS, "You are not on the DSR.");
        w.say(Picture.TICK, "We keep your information safe, as the law says we must.");
      }
      case INCLUSION_BASIS_LAPSED -> {
        w.say(Picture.CALENDAR, "We need to ask you again if you agree to be on the DSR.");
        w.say(Picture.TICK, "Your care goes on while we ask.");
      }
      case CLOSED -> {
        w.say(Picture.CROSS, "You are not on the DSR any more.");
        entry
            .closure()
            .map(Closure::reason)
            .flatMap(EasyRead::whyItEnded)
            .ifPresent(reason -> w.say(reason.picture(), reason.text()));
        w.say(Picture.TICK, "We keep your information safe, as the law says we must.");
      }
      case ACTIVE -> basis(w, entry, asOf, settings);
    }
  }

  private static Optional<Sentence> whyItEnded(CloseReason reason) {
    return switch (reason) {
      case CONSENT_WITHDRAWN ->
          Optional.of(
              Sentence.of(Picture.CHANGE_OF_MIND, "You said you did not want to be on the DSR."));
      case NO_LONGER_AT_RISK ->
          Optional.of(
              Sentence.of(Picture.TICK, "People agreed you do not need this extra help now."));
      case MOVED_OUT_OF_AREA -> Optional.of(Sentence.of(Picture.HOME, "You moved to a new area."));
      case DIED, OTHER -> Optional.empty();
    };
  }

  private static void basis(Writer w, Entry entry, LocalDate asOf, EasyReadSettings settings) {
    ConsentDecision decision =
        ConsentRules.decide(
            entry.person().dateOfBirth().value(),
            Purpose.inclusion(),
            entry.consentRecords(),
            asOf,
            settings.consentPolicy());
    if (!(decision instanceof ConsentDecision.Permitted permitted)) {
      w.say(Picture.CALENDAR, "We need to ask you again if you agree to be on the DSR.");
      return;
    }
    Basis basis = permitted.basis();
    switch (basis) {
      case PERSON_CONSENT, GILLICK_COMPETENT_CHILD ->
          w.say(Picture.TICK, "You are on the DSR because you said yes.");
      case PARENTAL_RESPONSIBILITY -> {
        w.say(Picture.PEOPLE, "You are on the DSR because your mum or dad said yes.");
        w.say(Picture.PERSON, "We asked you what you think too.");
      }
      case BEST_INTERESTS -> {
        w.say(Picture.PEOPLE, "People who know you well decided it is best for you.");
        w.say(Picture.MEETING, "This is called a best interests decision.");
      }
      case ATTORNEY -> {
        w.say(Picture.PERSON, "You chose a person to make some choices for you.");
        w.say(Picture.PERSON, "This person is called your attorney.");
        w.say(Picture.TICK, "Your attorney said yes to the DSR for you.");
      }
    }
  }

  private static void yourColour(Writer w, Entry entry) {
    Optional<Rating> rating =
        entry.isInpatient() ? Optional.of(Rating.BLUE) : entry.currentRating();
    if (rating.isEmpty()) {
      w.say(Picture.CALENDAR, "You do not have a colour yet.");
      w.say(Picture.MEETING, "People will meet soon to choose one with you.");
      return;
    }
    switch (rating.get()) {
      case RED -> {
        w.say(Picture.RED, "Your colour is red.");
        w.say(Picture.HOSPITAL, "People are very worried you might have to go into hospital soon.");
        w.say(Picture.MEETING, "They will meet quickly to help you.");
      }
      case AMBER -> {
        w.say(Picture.AMBER, "Your colour is amber.");
        w.say(Picture.PEOPLE, "People are worried that things could get hard for you.");
        w.say(Picture.HOME, "They will work together to help you stay well at home.");
      }
      case GREEN -> {
        w.say(Picture.GREEN, "Your colour is green.");
        w.say(Picture.TICK, "Things are going well for you at the moment.");
        w.say(Picture.PEOPLE, "People will keep checking that you are okay.");
      }
      case BLUE -> {
        w.say(Picture.BLUE, "Your colour is blue.");
        w.say(Picture.HOSPITAL, "You are in hospital now.");
        w.say(Picture.TICK, "People are checking that you get good care.");
        w.say(Picture.HOME, "They will help you go home when you are ready.");
      }
    }
  }

  private static void whatHappensNext(Writer w, Entry entry, LocalDate asOf) {
    List<Task> open =
        entry.tasks().stream()
            .filter(t -> t.wasOpenOn(asOf))
            .sorted(Comparator.comparing(Task::due))
            .toList();
    boolean said = false;
    Optional<Task> review =
        open.stream()
            .filter(t -> t.kind() == TaskKind.DSR_REVIEW || t.kind() == TaskKind.FIRST_RISK_REVIEW)
            .findFirst();
    if (review.isPresent()) {
      w.say(Picture.MEETING, "People will meet to talk about how you are.");
      w.say(Picture.CALENDAR, when(review.get().due(), asOf, "They will meet"));
      said = true;
    }
    Optional<Task> cetr =
        open.stream()
            .filter(
                t -> t.kind() == TaskKind.CETR || t.kind() == TaskKind.MULTI_AGENCY_MEETING_OR_CETR)
            .findFirst();
    if (cetr.isPresent()) {
      w.say(Picture.MEETING, "You may have a C(E)TR.");
      w.say(Picture.CALENDAR, when(cetr.get().due(), asOf, "It will be"));
      w.say(Picture.TICK, "We will ask you first if you agree.");
      said = true;
    }
    if (open.stream().anyMatch(t -> t.kind() == TaskKind.KEYWORKER_REFERRAL)) {
      w.say(Picture.PERSON, "We will ask for a keyworker for you.");
      said = true;
    } else if (entry.knownToKeyworkerService()) {
      w.say(Picture.PERSON, "The keyworker team knows about you.");
      said = true;
    }
    if (!said) {
      w.say(Picture.CALENDAR, "There are no meetings planned for you yet.");
    }
  }

  /** "They will meet on Tuesday 5 January 2027", or "soon" for work already due. */
  private static String when(LocalDate due, LocalDate asOf, String start) {
    return due.isBefore(asOf) ? start + " soon." : start + " by " + DAY.format(due) + ".";
  }

  private static void whoCanSee(Writer w, Entry entry, LocalDate asOf, EasyReadSettings settings) {
    w.say(Picture.PEOPLE, "Your DSR team can see your information.");
    Map<String, String> shared = new LinkedHashMap<>();
    for (Agency agency : entry.agencies()) {
      ConsentDecision decision =
          ConsentRules.decide(
              entry.person().dateOfBirth().value(),
              Purpose.sharingWith(agency.id()),
              entry.consentRecords(),
              asOf,
              settings.consentPolicy());
      if (decision.isPermitted()) {
        shared.putIfAbsent(everydayName(agency, settings), agency.id());
      }
    }
    if (shared.isEmpty()) {
      w.say(Picture.CROSS, "You have not said yes to sharing it with anyone else.");
      return;
    }
    w.say(Picture.TICK, "You said yes to sharing it with these people.");
    for (String name : shared.keySet()) {
      w.say(Picture.PEOPLE, capitalised(name) + " can see your information.");
    }
  }

  private static String everydayName(Agency agency, EasyReadSettings settings) {
    String named = settings.agencyNames().get(agency.id());
    if (named != null) {
      return named;
    }
    return switch (agency.kind()) {
      case ICB -> "the NHS team that plans care";
      case HEALTH -> "your health team";
      case SOCIAL_CARE -> "your social care team";
      case EDUCATION -> "your school or college";
      case VOLUNTARY -> "a charity that helps you";
      case OTHER -> "another team that helps you";
    };
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Builds the sections, and puts an explanation before the first sentence that uses a special
   * word, wherever in the document that is.
   */
  private static final class Writer {

    /** Special words and the sentence that explains each, in the order they are checked. */
    private static final Map<String, Sentence> EXPLANATIONS = new LinkedHashMap<>();

    static {
      EXPLANATIONS.put(
          "DSR",
          Sentence.of(Picture.PEOPLE, "The DSR is a list of people who may need extra help."));
      EXPLANATIONS.put(
          "C(E)TR",
          Sentence.of(Picture.MEETING, "A C(E)TR is a meeting to check you get the right care."));
      EXPLANATIONS.put(
          "keyworker",
          Sentence.of(
              Picture.PERSON,
              "A keyworker is a person who helps you and your family get support."));
    }

    private final EasyReadSettings settings;
    private final List<Section> done = new ArrayList<>();
    private final java.util.Set<String> explained = new java.util.HashSet<>();
    private SectionKind kind;
    private String heading;
    private List<Sentence> sentences = new ArrayList<>();

    Writer(EasyReadSettings settings) {
      this.settings = settings;
    }

    boolean wants(SectionKind section) {
      return settings.sections().contains(section);
    }

    void start(SectionKind section, String title) {
      close();
      kind = section;
      heading = title;
    }

    void say(Picture picture, String text) {
      for (Map.Entry<String, Sentence> term : EXPLANATIONS.entrySet()) {
        if (text.contains(term.getKey()) && explained.add(term.getKey())) {
          Sentence explanation = term.getValue();
          if (!explanation.text().equals(text)) {
            sentences.add(explanation);
          }
        }
      }
      sentences.add(Sentence.of(picture, text));
    }

    List<Section> finish() {
      close();
      return List.copyOf(done);
    }

    private void close() {
      if (kind != null && !sentences.isEmpty()) {
        done.add(new Section(kind, heading, sentences));
      }
      sentences = new ArrayList<>();
      kind = null;
    }
  }
}
