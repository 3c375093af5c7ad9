package org.opendsr.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendsr.consent.AttorneyDecision;
import org.opendsr.consent.Basis;
import org.opendsr.consent.BestInterestsDecision;
import org.opendsr.consent.CapacityAssessment;
import org.opendsr.consent.Conflict;
import org.opendsr.consent.ConsentDecision;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentPolicy;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.GillickAssessment;
import org.opendsr.consent.LawfulBasis;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.ClinicianOverride;
import org.opendsr.rating.Condition;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.Item;
import org.opendsr.rating.Level;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RatingException;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.Reason;
import org.opendsr.rating.RecordedRating;
import org.opendsr.rating.Rule;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Random values of every mapped type, valid by the rules of the domain. */
final class Generators {

  private Generators() {}

  private static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);

  static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(Generate.range(0, values.size() - 1).generate(in));
  }

  static int between(RandomnessSource in, int from, int to) {
    return Generate.range(from, to).generate(in);
  }

  static boolean bool(RandomnessSource in) {
    return Generate.booleans().generate(in);
  }

  /** Identifiers: lower-case letters, digits, hyphens and underscores. */
  static Gen<String> ids() {
    return SourceDSL.strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12);
  }

  /** Free text from the whole of Unicode below the surrogates, including quotes and controls. */
  static Gen<String> texts() {
    return SourceDSL.strings()
        .betweenCodePoints(0, 0xD7FF)
        .ofLengthBetween(1, 30)
        // Without assumptions (a composed generator that rejects values can make QuickTheories
        // give up): a blank draw gets a letter in front.
        .map(s -> s.isBlank() ? "x" + s : s);
  }

  /** Names a person might have: letters, spaces, apostrophes and hyphens, no outer blanks. */
  static Gen<String> names() {
    return SourceDSL.strings()
        .betweenCodePoints(0x20, 0x17F)
        .ofLengthBetween(1, 30)
        .map(
            s ->
                s.codePoints()
                    .map(c -> Character.isISOControl(c) ? 'x' : c)
                    .collect(
                        StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString()
                    .strip())
        .map(s -> s.isEmpty() ? "x" : s);
  }

  static Gen<LocalDate> dates() {
    return Generate.range(0, 60_000).map(EPOCH::plusDays);
  }

  static Gen<Instant> instants() {
    return in ->
        Instant.ofEpochSecond(
            Generate.longRange(0, 4_000_000_000L).generate(in), between(in, 0, 999_999_999));
  }

  static Gen<Period> positivePeriods() {
    return in ->
        Period.of(between(in, 0, 5), between(in, 0, 24), between(in, 0, 60))
            .plusDays(1); // at least one day: a policy period must be positive
  }

  static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return Generate.enumValues(type);
  }

  static <T> Gen<Optional<T>> optionals(Gen<T> values) {
    return in -> bool(in) ? Optional.of(values.generate(in)) : Optional.empty();
  }

  static <T> Gen<List<T>> lists(Gen<T> values, int min, int max) {
    return in -> {
      int size = between(in, min, max);
      List<T> list = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        list.add(values.generate(in));
      }
      return list;
    };
  }

  // ------------------------------------------------------------------ person

  static Gen<NhsNumber> nhsNumbers() {
    // Without assumptions: a composed generator that rejects values can make QuickTheories give
    // up. The nine digits step on until they have a check digit and are not all the same.
    return SourceDSL.integers()
        .between(100_000_000, 999_999_998)
        .map(
            start -> {
              for (int nine = start; ; nine = nine == 999_999_998 ? 100_000_000 : nine + 1) {
                String digits = Integer.toString(nine);
                Optional<Integer> check = NhsNumber.checkDigitFor(digits);
                if (check.isPresent() && NhsNumber.isValid(digits + check.get())) {
                  return NhsNumber.parse(digits + check.get());
                }
              }
            });
  }

  static Gen<DateOfBirth> datesOfBirth() {
    return dates().map(DateOfBirth::of);
  }

  static Gen<PersonName> personNames() {
    return names().zip(names(), optionals(names()), PersonName::new);
  }

  static Gen<Residence> residences() {
    Gen<String> postcodes =
        in ->
            (char) ('A' + between(in, 0, 25))
                + String.valueOf(between(in, 1, 99))
                + " "
                + between(in, 0, 9)
                + (char) ('A' + between(in, 0, 25))
                + (char) ('A' + between(in, 0, 25));
    return names()
        .zip(optionals(postcodes), names(), enums(Residence.Setting.class), Residence::new);
  }

  static Gen<Agency> agencies() {
    return ids().zip(names(), enums(Agency.Kind.class), Agency::new);
  }

  static Gen<ContactDetails> contacts() {
    Gen<String> telephones =
        SourceDSL.strings().numericBetween(1_000_000, 99_999_999).map(t -> "0" + t);
    Gen<String> emails = ids().zip(ids(), (a, b) -> a + "@" + b + ".nhs.uk");
    return in -> {
      int which = between(in, 0, 2);
      Optional<String> telephone =
          which == 1 ? Optional.empty() : Optional.of(telephones.generate(in));
      Optional<String> email = which == 0 ? Optional.empty() : Optional.of(emails.generate(in));
      return new ContactDetails(telephone, email);
    };
  }

  static Gen<Professional> professionals() {
    return in ->
        new Professional(
            ids().generate(in),
            personNames().generate(in),
            names().generate(in),
            ids().generate(in),
            contacts().generate(in));
  }

  static Gen<Diagnosis> diagnoses() {
    return enums(Diagnosis.class);
  }

  static Gen<org.opendsr.core.reporting.SuppressionPolicy> suppressionPolicies() {
    return in -> {
      int base = between(in, 1, 10);
      int threshold = between(in, base / 2, 20);
      return new org.opendsr.core.reporting.SuppressionPolicy(threshold, base, bool(in));
    };
  }

  // ------------------------------------------------------------------ rating

  static Gen<Answer> answers() {
    return in ->
        switch (between(in, 0, 2)) {
          case 0 -> Answer.of(bool(in));
          case 1 -> Answer.level(enums(Level.class).generate(in));
          default ->
              Answer.score(Generate.range(Integer.MIN_VALUE, Integer.MAX_VALUE).generate(in));
        };
  }

  static Gen<Map<String, Answer>> answerMaps() {
    return in -> {
      Map<String, Answer> map = new LinkedHashMap<>();
      for (int i = between(in, 0, 4); i > 0; i--) {
        map.put(texts().generate(in), answers().generate(in));
      }
      return map;
    };
  }

  static Gen<PersonContext> personContexts() {
    return dates().zip(Generate.booleans(), Generate.booleans(), PersonContext::new);
  }

  static Gen<Assessment> assessments() {
    return in -> {
      PersonContext person = personContexts().generate(in);
      LocalDate date = person.dateOfBirth().plusDays(between(in, 0, 40_000));
      return new Assessment(person, date, answerMaps().generate(in));
    };
  }

  static Gen<RatingPolicy> ratingPolicies() {
    return in -> {
      int minimum = between(in, 0, 30);
      return new RatingPolicy(bool(in), minimum, minimum + between(in, 0, 60));
    };
  }

  static Gen<Reason> reasons() {
    return in ->
        new Reason(
            ids().generate(in),
            texts().generate(in),
            enums(Rating.class).generate(in),
            answerMaps().generate(in));
  }

  static Gen<RatingDecision> ratingDecisions() {
    return in -> {
      Rating rating = enums(Rating.class).generate(in);
      boolean keyworker = bool(in);
      RatingPolicy policy = ratingPolicies().generate(in);
      return new RatingDecision(
          rating,
          lists(reasons(), 1, 3).generate(in),
          LinkedProcess.applicableTo(rating, keyworker, policy),
          ids().generate(in),
          ids().generate(in),
          dates().generate(in),
          keyworker,
          policy);
    };
  }

  static Gen<ClinicianOverride> overrides() {
    return in ->
        new ClinicianOverride(
            enums(Rating.class).generate(in),
            texts().generate(in),
            ids().generate(in),
            instants().generate(in));
  }

  static Gen<RecordedRating> recordedRatings() {
    return in -> {
      RatingDecision decision = ratingDecisions().generate(in);
      Rating suggested = decision.suggestedRating();
      if (suggested == Rating.BLUE || bool(in)) {
        return RecordedRating.asSuggested(decision);
      }
      List<Rating> others =
          List.of(Rating.GREEN, Rating.AMBER, Rating.RED).stream()
              .filter(r -> r != suggested)
              .toList();
      ClinicianOverride override =
          new ClinicianOverride(
              pick(in, others), texts().generate(in), ids().generate(in), instants().generate(in));
      return RecordedRating.overridden(decision, override);
    };
  }

  /**
   * Valid instruments of every shape: the shipped ones, the configurable shipped families with
   * random parameters, and a mixed one with every kind of item, rule and a contradiction.
   */
  static Gen<Instrument> instruments() {
    // A random configuration the builder refuses stands in as the national definitions, so no
    // draw is rejected.
    return in -> {
      try {
        return instrument(in);
      } catch (RatingException e) {
        return Instruments.nationalDefinitions();
      }
    };
  }

  private static Instrument instrument(RandomnessSource in) {
    switch (between(in, 0, 4)) {
      case 0:
        return pick(
            in,
            List.of(
                Instruments.nationalDefinitions(),
                Instruments.keyQuestions(),
                Instruments.twoSectionMatrix(),
                Instruments.weightedItems()));
      case 1:
        {
          int count = between(in, 2, 6);
          List<Item> questions = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            questions.add(Item.yesNo("q" + i, texts().generate(in)));
          }
          return Instruments.keyQuestions(questions, between(in, 1, count - 1));
        }
      case 2:
        {
          int count = between(in, 1, 6);
          List<Instruments.WeightedItem> items = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            items.add(
                Instruments.WeightedItem.yesNo("w" + i, texts().generate(in), between(in, 1, 4)));
          }
          int amberFrom = between(in, 1, 6);
          return Instruments.weightedItems(items, amberFrom, amberFrom + between(in, 1, 6));
        }
      case 3:
        {
          Rating[][] cells = new Rating[3][3];
          int bias = between(in, -2, 0);
          for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
              int severity = Math.max(1, Math.min(3, 1 + bias + r + c));
              cells[r][c] =
                  severity == 1 ? Rating.GREEN : severity == 2 ? Rating.AMBER : Rating.RED;
            }
          }
          return Instruments.twoSectionMatrix(cells);
        }
      default:
        {
          int maximum = between(in, 1, 6);
          int threshold = between(in, 1, maximum);
          return Instrument.builder(ids().generate(in), ids().generate(in))
              .title(texts().generate(in))
              .yesNo("crisis", texts().generate(in))
              .level("person", texts().generate(in))
              .level("situation", texts().generate(in))
              .score("score", texts().generate(in), 0, maximum)
              .anyOf("crisis-red", Rating.RED, texts().generate(in), Condition.yes("crisis"))
              .allOf(
                  "score-amber",
                  Rating.AMBER,
                  texts().generate(in),
                  Condition.scoreAtLeast("score", threshold))
              .matrix(
                  "matrix",
                  texts().generate(in),
                  "person",
                  "situation",
                  new Rating[][] {
                    {Rating.GREEN, Rating.GREEN, Rating.AMBER},
                    {Rating.GREEN, Rating.AMBER, Rating.RED},
                    {Rating.AMBER, Rating.RED, Rating.RED}
                  })
              .pointBands(
                  "points",
                  texts().generate(in),
                  List.of(
                      new Rule.Points(Condition.yes("crisis"), 2),
                      new Rule.Points(Condition.atLeast("person", Level.HIGH), 1)),
                  List.of(new Rule.Band(0, 1, Rating.GREEN), new Rule.Band(2, 3, Rating.AMBER)))
              .contradiction(
                  "calm-crisis",
                  texts().generate(in),
                  Condition.yes("crisis"),
                  Condition.scoreAtLeast("score", maximum))
              .baseline(Rating.GREEN)
              .build();
        }
    }
  }

  // ------------------------------------------------------------------ consent

  static Gen<Purpose> purposes() {
    return in ->
        switch (between(in, 0, 3)) {
          case 0 -> Purpose.inclusion();
          case 1 -> Purpose.sharingWith(ids().generate(in));
          case 2 -> Purpose.cetr(ids().generate(in));
          default -> Purpose.keyworkerReferral();
        };
  }

  static Gen<ConsentRecord> consentRecords() {
    return in -> {
      Purpose purpose = purposes().generate(in);
      LocalDate date = dates().generate(in);
      String by = ids().generate(in);
      return switch (between(in, 0, 7)) {
        case 0 -> new ConsentGiven(purpose, date, by);
        case 1 -> new ConsentRefused(purpose, date, by);
        case 2 -> {
          Set<CapacityAssessment.Inability> inabilities =
              Set.copyOf(lists(enums(CapacityAssessment.Inability.class), 0, 4).generate(in));
          yield new CapacityAssessment(purpose, date, by, bool(in), inabilities);
        }
        case 3 ->
            new BestInterestsDecision(
                purpose,
                date,
                by,
                ids().generate(in),
                lists(
                        enums(BestInterestsDecision.Role.class)
                            .zip(ids(), BestInterestsDecision.ConsultedParty::new),
                        1,
                        3)
                    .generate(in),
                texts().generate(in),
                bool(in));
        case 4 ->
            new ParentalConsent(
                purpose,
                date,
                by,
                ids().generate(in),
                optionals(enums(ParentalConsent.ChildsView.class)).generate(in));
        case 5 -> new GillickAssessment(purpose, date, by, bool(in));
        case 6 -> {
          LocalDate registered = date.minusDays(between(in, 0, 3000));
          LocalDate attorneyBorn = registered.minusYears(18).minusDays(between(in, 0, 20_000));
          yield new AttorneyDecision(
              purpose, date, by, ids().generate(in), attorneyBorn, registered, bool(in));
        }
        default -> new Withdrawal(purpose, date, ids().generate(in), by);
      };
    };
  }

  static Gen<ConsentPolicy> consentPolicies() {
    return positivePeriods().zip(positivePeriods(), ConsentPolicy::new);
  }

  static Gen<ConsentDecision> consentDecisions() {
    Gen<List<Conflict>> conflicts = lists(enums(Conflict.class), 0, 3);
    return in ->
        bool(in)
            ? new ConsentDecision.Permitted(
                enums(Basis.class).generate(in),
                lists(consentRecords(), 1, 3).generate(in),
                dates().generate(in),
                conflicts.generate(in))
            : new ConsentDecision.NotPermitted(
                lists(texts(), 1, 3).generate(in), conflicts.generate(in));
  }

  static Gen<LawfulBasis> lawfulBases() {
    return enums(LawfulBasis.Article6.class)
        .zip(enums(LawfulBasis.Article9.class), LawfulBasis::new);
  }
}
