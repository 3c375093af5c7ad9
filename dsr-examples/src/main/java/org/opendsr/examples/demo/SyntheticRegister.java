package org.opendsr.examples.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.ParentalConsent.ChildsView;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;
import org.opendsr.core.cetr.KeyQuestion;
import org.opendsr.core.cetr.Panel;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.CommandResult;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.RecordedRating;

/**
 * Fills a register with a year of fictional casework ending today: a handful of people whose
 * stories show each part of the process (referral, parental consent, first contact, rating,
 * escalation, a community C(E)TR, an admission and its post-admission review, a declined referral,
 * a withdrawal, a step-down) and a larger cohort of people rated and reviewed, so the reports have
 * numbers above the suppression threshold.
 *
 * <p>Everything is made from a fixed pseudo-random sequence, so a run on a given day always tells
 * the same story. The register must use the {@link StoryClock} given to {@link #tell}, which this
 * class moves forward.
 */
public final class SyntheticRegister {

  /** The user id recorded as the coordinator in the demo. */
  public static final String COORDINATOR = "coordinator-demo";

  /** The user id of the chair of every fictional C(E)TR, who records it. */
  public static final String CHAIR = "chair-demo";

  private static final String[] GIVEN = {
    "Aisha",
    "Ben",
    "Chloe",
    "Daniel",
    "Ella",
    "Finley",
    "Grace",
    "Harry",
    "Isla",
    "Jack",
    "Kiran",
    "Leah",
    "Mohammed",
    "Niamh",
    "Oliver",
    "Poppy",
    "Reuben",
    "Sofia",
    "Tyler",
    "Zara"
  };
  private static final String[] FAMILY = {
    "Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones",
    "Khan", "Lewis", "Morgan", "Nowak", "Owen", "Patel", "Roberts", "Shaw", "Thomas", "Walsh"
  };
  private static final String[] STREETS = {
    "Mill Lane",
    "Station Road",
    "Church Street",
    "Canal Walk",
    "Hill View",
    "Orchard Close",
    "Victoria Road",
    "The Green"
  };
  private static final String[] LOCALITIES = {
    "Swindon", "Wiltshire", "Bath and North East Somerset"
  };
  private static final Map<KeyQuestion, String> FINDINGS =
      Map.of(
          KeyQuestion.IS_SAFE, "Safe with current support",
          KeyQuestion.GOOD_CARE, "Care is good but stretched",
          KeyQuestion.FUTURE_PLANS, "Wants to stay living locally",
          KeyQuestion.COMMUNITY_CARE_POSSIBLE, "Yes, with intensive support",
          KeyQuestion.EDUCATION_NEEDS_MET, "Partly; a reduced timetable is agreed");

  private final DynamicSupportRegister register;
  private final Function<Command, CommandResult> writes;
  private final StoryClock clock;
  private final LocalDate today;
  private final TestRangeNhsNumbers numbers = new TestRangeNhsNumbers(0);
  private final Random random = new Random(20230501L);

  private SyntheticRegister(
      DynamicSupportRegister register,
      Function<Command, CommandResult> writes,
      StoryClock clock,
      LocalDate today) {
    this.register = register;
    this.writes = writes;
    this.clock = clock;
    this.today = today;
  }

  /**
   * A clock for the demo's register, starting a year before today.
   *
   * @param today the day the story ends
   * @param zone the zone of the register
   * @return the clock to build the register with
   */
  public static java.time.Clock storyClock(LocalDate today, java.time.ZoneId zone) {
    return new StoryClock(today.minusYears(1), zone);
  }

  /**
   * Tells the story into a register.
   *
   * @param register an empty register built with {@code clock}
   * @param clock the clock from {@link #storyClock}
   * @param today the day the story ends
   * @param cohort how many people besides the named stories
   * @return the named people's entries, in the order their stories are told
   */
  public static List<EntryId> tell(
      DynamicSupportRegister register, java.time.Clock clock, LocalDate today, int cohort) {
    Objects.requireNonNull(register, "register");
    return tell(register, register::handle, clock, today, cohort);
  }

  /**
   * Tells the story into a register, each command written through {@code writes}: for a story told
   * as users would, decided and audited ({@code AccessControlledRegister.handle}).
   *
   * @param register an empty register built with {@code clock}, which the story reads
   * @param writes writes one command to {@code register}, and returns what it did
   * @param clock the clock from {@link #storyClock}
   * @param today the day the story ends
   * @param cohort how many people besides the named stories
   * @return the named people's entries, in the order their stories are told
   */
  public static List<EntryId> tell(
      DynamicSupportRegister register,
      Function<Command, CommandResult> writes,
      java.time.Clock clock,
      LocalDate today,
      int cohort) {
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(writes, "writes");
    if (!(clock instanceof StoryClock story)) {
      throw new IllegalArgumentException("the register must use the clock from storyClock()");
    }
    SyntheticRegister s = new SyntheticRegister(register, writes, story, today);
    s.cohort(cohort);
    List<EntryId> named = s.stories();
    story.set(today);
    return named;
  }

  // ------------------------------------------------------------------ the named stories

  private List<EntryId> stories() {
    List<EntryId> ids = new ArrayList<>();
    LocalDate t = today;

    // Maya, 14, autistic, EHC plan: Amber, then Red; community CETR; keyworker; back to Amber.
    PersonDetails maya =
        person("Maya", "Okafor", t.minusYears(14).minusDays(70), Diagnosis.AUTISM, "Swindon")
            .withEducationHealthAndCarePlan(true);
    EntryId m =
        refer(
            maya,
            t.minusDays(120),
            ReferralSource.PROFESSIONAL,
            ParentalConsent.withChildsView(
                Purpose.inclusion(),
                day(t.minusDays(120)),
                "parent-1",
                ChildsView.AGREES,
                COORDINATOR));
    contact(m, t.minusDays(118));
    rate(m, t.minusDays(110), Rating.AMBER);
    rate(m, t.minusDays(60), Rating.RED);
    completeAll(m, TaskKind.KEYWORKER_REFERRAL, t.minusDays(58));
    Task cetr = open(m, TaskKind.CETR);
    consent(
        m,
        ParentalConsent.withChildsView(
            Purpose.cetr(cetr.id().value()),
            day(t.minusDays(55)),
            "parent-1",
            ChildsView.AGREES,
            COORDINATOR));
    holdCetr(m, cetr.id().value(), t.minusDays(50), "Respite plan for the family", t.minusDays(20));
    rate(m, t.minusDays(49), Rating.AMBER);
    review(m, t.minusDays(21));
    ids.add(m);

    // Sam, 20, learning disability and autism: Red, admitted (Blue), post-admission review held.
    PersonDetails sam =
        person(
            "Sam",
            "Reid",
            t.minusYears(20).minusDays(10),
            Diagnosis.LEARNING_DISABILITY_AND_AUTISM,
            "Wiltshire");
    EntryId s = refer(sam, t.minusDays(95), ReferralSource.FAMILY_OR_CARER, given(t.minusDays(95)));
    contact(s, t.minusDays(94));
    rate(s, t.minusDays(90), Rating.RED);
    at(t.minusDays(70));
    handle(
        new Command.RecordAdmission(
            COORDINATOR, s, version(s), t.minusDays(70), HospitalCode.of("RNZ01"), false));
    completeAll(s, TaskKind.PLACE_LEAD_AWARENESS, t.minusDays(66));
    Task post = open(s, TaskKind.CETR);
    consent(s, ConsentGiven.of(Purpose.cetr(post.id().value()), t.minusDays(52), COORDINATOR));
    holdCetr(
        s,
        post.id().value(),
        t.minusDays(50),
        "Discharge planning with community team",
        t.plusDays(30));
    ids.add(s);

    // David, 52, learning disability: Green, reviewed on time.
    EntryId d =
        refer(
            person(
                "David",
                "Marsh",
                t.minusYears(52),
                Diagnosis.LEARNING_DISABILITY,
                "Bath and North East Somerset"),
            t.minusDays(200),
            ReferralSource.SELF,
            given(t.minusDays(200)));
    contact(d, t.minusDays(199));
    rate(d, t.minusDays(190), Rating.GREEN);
    review(d, t.minusDays(100));
    ids.add(d);

    // Priya, 26, autistic: referred last week with consent, first contact not yet made.
    EntryId p =
        refer(
            person("Priya", "Shah", t.minusYears(26), Diagnosis.AUTISM, "Wiltshire"),
            t.minusDays(9),
            ReferralSource.SELF,
            given(t.minusDays(9)));
    ids.add(p);

    // Lee, 31, awaiting an autism assessment: declined under the default local policy.
    EntryId l =
        refer(
            person("Lee", "Turner", t.minusYears(31), Diagnosis.SUSPECTED_AUTISM, "Swindon"),
            t.minusDays(30),
            ReferralSource.PROFESSIONAL,
            given(t.minusDays(30)));
    ids.add(l);

    // Jo, 40: withdrew consent, which closes the entry at once.
    EntryId j =
        refer(
            person("Jo", "Evans", t.minusYears(40), Diagnosis.LEARNING_DISABILITY, "Wiltshire"),
            t.minusDays(150),
            ReferralSource.SELF,
            given(t.minusDays(150)));
    contact(j, t.minusDays(149));
    rate(j, t.minusDays(140), Rating.AMBER);
    consent(j, Withdrawal.of(Purpose.inclusion(), day(t.minusDays(15)), "person", COORDINATOR));
    ids.add(j);
    return ids;
  }

  // ------------------------------------------------------------------ the cohort

  private void cohort(int size) {
    LocalDate start = today.minusDays(360);
    for (int i = 0; i < size; i++) {
      LocalDate referred = start.plusDays(random.nextInt(300));
      int age = 8 + random.nextInt(50);
      Diagnosis diagnosis = Diagnosis.values()[random.nextInt(3)];
      String locality = LOCALITIES[random.nextInt(LOCALITIES.length)];
      PersonDetails person =
          person(
              GIVEN[random.nextInt(GIVEN.length)],
              FAMILY[random.nextInt(FAMILY.length)],
              referred.minusYears(age).minusDays(random.nextInt(365)),
              diagnosis,
              locality);
      ConsentRecord basis =
          person.dateOfBirth().ageOn(referred) < 16
              ? ParentalConsent.withChildsView(
                  Purpose.inclusion(), referred, "parent-c" + i, ChildsView.AGREES, COORDINATOR)
              : ConsentGiven.of(Purpose.inclusion(), referred, COORDINATOR);
      EntryId id = refer(person, referred, ReferralSource.PROFESSIONAL, basis);
      contact(id, referred.plusDays(1 + random.nextInt(4)));
      int roll = random.nextInt(100);
      Rating first = roll < 15 ? Rating.RED : roll < 50 ? Rating.AMBER : Rating.GREEN;
      LocalDate rated = referred.plusDays(5 + random.nextInt(10));
      rate(id, rated, first);
      LocalDate again = rated.plusDays(30 + random.nextInt(60));
      if (!again.isAfter(today)) {
        Rating next = random.nextInt(3) == 0 ? step(first) : first;
        rate(id, again, next);
        if (next == Rating.GREEN && random.nextInt(4) == 0 && again.plusDays(40).isBefore(today)) {
          at(again.plusDays(40));
          handle(
              new Command.CloseEntry(
                  COORDINATOR, id, version(id), again.plusDays(40), CloseReason.NO_LONGER_AT_RISK));
        }
      }
    }
  }

  private Rating step(Rating r) {
    switch (r) {
      case RED:
        return Rating.AMBER;
      case AMBER:
        return random.nextBoolean() ? Rating.RED : Rating.GREEN;
      default:
        return Rating.AMBER;
    }
  }

  // ------------------------------------------------------------------ verbs

  private PersonDetails person(
      String given, String family, LocalDate born, Diagnosis diagnosis, String locality) {
    String address = (1 + random.nextInt(80)) + " " + STREETS[random.nextInt(STREETS.length)];
    return PersonDetails.of(
        PersonName.of(given, family),
        DateOfBirth.of(born),
        numbers.next(),
        Residence.of(address, locality),
        diagnosis);
  }

  private LocalDate day(LocalDate d) {
    return d;
  }

  private void at(LocalDate d) {
    clock.set(d);
  }

  private ConsentRecord given(LocalDate on) {
    return ConsentGiven.of(Purpose.inclusion(), on, COORDINATOR);
  }

  private EntryId refer(
      PersonDetails person, LocalDate on, ReferralSource source, ConsentRecord basis) {
    at(on);
    Referral referral =
        Referral.of(source, on, roleOf(source), ContactDetails.email("dsr.team@example.nhs.uk"));
    return handle(new Command.Refer(COORDINATOR, person, referral, List.of(basis))).entryId();
  }

  private static String roleOf(ReferralSource source) {
    switch (source) {
      case SELF:
        return "self";
      case FAMILY_OR_CARER:
        return "family carer";
      default:
        return "community learning disability nurse";
    }
  }

  private void contact(EntryId id, LocalDate on) {
    at(on);
    handle(new Command.RecordFirstContact(COORDINATOR, id, version(id), on));
  }

  private void consent(EntryId id, ConsentRecord record) {
    at(record.date());
    handle(new Command.RecordConsent(COORDINATOR, id, version(id), record));
  }

  private void rate(EntryId id, LocalDate on, Rating wanted) {
    at(on);
    Entry e = register.entry(id);
    Map<String, Answer> answers =
        Map.of(
            // Red by the national definition's first criterion: an immediate risk of admission.
            Instruments.IMMEDIATE_RISK_OF_ADMISSION, Answer.of(wanted == Rating.RED),
            Instruments.IN_CRISIS, Answer.no(),
            Instruments.RISK_NOT_MANAGED_IN_COMMUNITY, Answer.no(),
            Instruments.IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION,
                Answer.of(wanted == Rating.AMBER),
            Instruments.SIGNIFICANTLY_INCREASED_RISK, Answer.no(),
            Instruments.SOME_RISKS_CURRENTLY_MANAGED, Answer.of(wanted == Rating.GREEN));
    PersonContext context =
        PersonContext.inCommunity(e.person().dateOfBirth().value())
            .withInpatient(e.isInpatient())
            .withKnownToKeyworkerService(e.knownToKeyworkerService());
    RecordedRating rating =
        RecordedRating.asSuggested(
            Instruments.nationalDefinitions()
                .decide(Assessment.of(context, on, answers), RatingPolicy.nationalDefaults()));
    handle(new Command.RecordRating(COORDINATOR, id, version(id), rating));
  }

  private void review(EntryId id, LocalDate on) {
    at(on);
    handle(new Command.RecordDsrReview(COORDINATOR, id, version(id), on));
  }

  private void holdCetr(
      EntryId id, String reviewId, LocalDate on, String action, LocalDate actionDue) {
    at(on);
    handle(
        new Command.HoldCetr(
            CHAIR,
            id,
            version(id),
            reviewId,
            on,
            Panel.of(CHAIR, "clinical-expert-demo", "expert-by-experience-demo"),
            FINDINGS,
            List.of(PlannedAction.of(action, "social-worker-demo", "LA", actionDue))));
  }

  private void completeAll(EntryId id, TaskKind kind, LocalDate on) {
    at(on);
    for (Task t : register.entry(id).openTasks(kind)) {
      handle(new Command.CompleteTask(COORDINATOR, id, version(id), t.id(), on));
    }
  }

  private Task open(EntryId id, TaskKind kind) {
    return register.entry(id).openTasks(kind).get(0);
  }

  private long version(EntryId id) {
    return register.entry(id).version();
  }

  private CommandResult handle(Command c) {
    return writes.apply(c);
  }
}
