package org.opendsr.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.CapacityAssessment.Inability;
import org.opendsr.consent.ConsentDecision.NotPermitted;
import org.opendsr.consent.ConsentDecision.Permitted;
import org.opendsr.consent.ParentalConsent.ChildsView;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of {@link ConsentRules#decide} over generated consent histories. */
class ConsentPropertiesTest {

  private static final ConsentPolicy POLICY = ConsentPolicy.defaults();

  /** Records and decisions fall from here on; everyone is born before it. */
  private static final LocalDate RECORDS_FROM = LocalDate.of(2024, 1, 1);

  private static final List<Purpose> PURPOSES =
      List.of(Purpose.inclusion(), Purpose.sharingWith("agency-a"), Purpose.cetr("review-1"));

  /** A person, a purpose asked about, and their history. */
  record Scenario(LocalDate dateOfBirth, Purpose purpose, List<ConsentRecord> history) {
    ConsentDecision decideOn(LocalDate asOf) {
      return ConsentRules.decide(dateOfBirth, purpose, history, asOf, POLICY);
    }

    List<ConsentRecord> forPurpose() {
      return history.stream().filter(r -> r.purpose().equals(purpose)).toList();
    }
  }

  /** Born 1999 to 2023 (children, young people and adults), sometimes on 29 February. */
  static Gen<LocalDate> datesOfBirth() {
    Gen<LocalDate> any = Generate.range(0, 9000).map(i -> LocalDate.of(1999, 1, 1).plusDays(i));
    Gen<LocalDate> leapDay =
        Generate.pick(
            List.of(
                LocalDate.of(2004, 2, 29),
                LocalDate.of(2008, 2, 29),
                LocalDate.of(2012, 2, 29),
                LocalDate.of(2016, 2, 29)));
    return any.mix(leapDay, 20);
  }

  static Gen<LocalDate> recordDates() {
    return Generate.range(0, 2000).map(i -> RECORDS_FROM.plusDays(i));
  }

  static Gen<LocalDate> decisionDates() {
    return Generate.range(0, 2400).map(i -> RECORDS_FROM.plusDays(i));
  }

  static Gen<Purpose> purposes() {
    return Generate.pick(PURPOSES);
  }

  /** Every kind of record, for one of a few purposes, on a day in a six-year window. */
  static Gen<ConsentRecord> records() {
    return purposes().zip(recordDates(), Generate.range(0, 13), ConsentPropertiesTest::record);
  }

  static ConsentRecord record(Purpose purpose, LocalDate date, int kind) {
    String user = "user-1";
    return switch (kind) {
      case 0 -> ConsentGiven.of(purpose, date, user);
      case 1 -> ConsentRefused.of(purpose, date, user);
      case 2 -> Withdrawal.of(purpose, date, "party-self", user);
      case 3 -> CapacityAssessment.lacksCapacity(purpose, date, user, Set.of(Inability.RETAIN));
      case 4 -> CapacityAssessment.hasCapacity(purpose, date, user);
      case 5 -> BestInterestsDecision.inFavour(purpose, date, user, Story.FAMILY_AND_ADVOCATE, "r");
      case 6 -> BestInterestsDecision.against(purpose, date, user, Story.FAMILY_AND_ADVOCATE, "r");
      case 7 -> ParentalConsent.withChildsView(purpose, date, "p", ChildsView.AGREES, user);
      case 8 -> ParentalConsent.withoutChildsView(purpose, date, "p", user);
      case 9 -> GillickAssessment.competent(purpose, date, user);
      case 10 -> GillickAssessment.notCompetent(purpose, date, user);
      case 11 ->
          AttorneyDecision.consents(purpose, date, "a", Story.ATTORNEY_BORN, Story.LPA_REGISTERED);
      case 12 ->
          AttorneyDecision.refuses(purpose, date, "a", Story.ATTORNEY_BORN, Story.LPA_REGISTERED);
      default -> ParentalConsent.withChildsView(purpose, date, "p", ChildsView.DISAGREES, user);
    };
  }

  /**
   * A record on its own, or an assessment followed within two months by the decision that relies on
   * it, so that best-interests, attorney and Gillick bases are reached often.
   */
  static Gen<List<ConsentRecord>> episodes() {
    Gen<List<ConsentRecord>> single = records().map(r -> List.of(r));
    Gen<List<ConsentRecord>> assessed =
        purposes()
            .zip(
                recordDates(),
                Generate.range(0, 60),
                Generate.range(0, 2),
                (purpose, date, gap, kind) -> {
                  LocalDate later = date.plusDays(gap);
                  return switch (kind) {
                    case 0 -> List.of(record(purpose, date, 3), record(purpose, later, 5));
                    case 1 -> List.of(record(purpose, date, 3), record(purpose, later, 11));
                    default -> List.of(record(purpose, date, 9), record(purpose, later, 0));
                  };
                });
    return single.mix(assessed, 35);
  }

  static Gen<Scenario> scenarios() {
    Gen<List<ConsentRecord>> histories =
        lists()
            .of(episodes())
            .ofSizeBetween(0, 8)
            .map(parts -> parts.stream().flatMap(List::stream).toList());
    return datesOfBirth().zip(purposes(), histories, Scenario::new);
  }

  /** Records that can start a basis: only one of these, dated after a withdrawal, lifts it. */
  static boolean mayGrant(ConsentRecord record) {
    return record instanceof ConsentGiven
        || record instanceof ParentalConsent
        || record instanceof BestInterestsDecision b && b.inBestInterests()
        || record instanceof AttorneyDecision a && a.consents();
  }

  @Test
  void never_permitted_without_a_basis_valid_on_the_decision_date() {
    qt().forAll(scenarios(), decisionDates())
        .checkAssert(
            (scenario, asOf) -> {
              if (scenario.decideOn(asOf) instanceof Permitted permitted) {
                assertBasisHolds(scenario, asOf, permitted);
              }
            });
  }

  private static void assertBasisHolds(Scenario scenario, LocalDate asOf, Permitted permitted) {
    assertThat(permitted.validUntil()).isAfterOrEqualTo(asOf);
    assertThat(permitted.reliedOn())
        .allSatisfy(
            r -> {
              assertThat(r.purpose()).isEqualTo(scenario.purpose());
              assertThat(r.date()).isBeforeOrEqualTo(asOf);
            });
    ConsentRecord decision = permitted.reliedOn().get(0);
    LocalDate born = scenario.dateOfBirth();
    int ageThen = Ages.on(born, decision.date());
    switch (permitted.basis()) {
      case PERSON_CONSENT -> {
        assertThat(decision).isInstanceOf(ConsentGiven.class);
        assertThat(ageThen).isGreaterThanOrEqualTo(16);
      }
      case GILLICK_COMPETENT_CHILD -> {
        assertThat(decision).isInstanceOf(ConsentGiven.class);
        assertThat(ageThen).isLessThan(16);
        assertThat(permitted.reliedOn().get(1))
            .isInstanceOfSatisfying(
                GillickAssessment.class, g -> assertThat(g.competent()).isTrue());
      }
      case PARENTAL_RESPONSIBILITY -> {
        assertThat(decision)
            .isInstanceOfSatisfying(
                ParentalConsent.class, p -> assertThat(p.childsView()).isPresent());
        assertThat(Ages.on(born, asOf)).isLessThan(16);
      }
      case BEST_INTERESTS -> {
        assertThat(decision)
            .isInstanceOfSatisfying(
                BestInterestsDecision.class, b -> assertThat(b.inBestInterests()).isTrue());
        assertThat(ageThen).isGreaterThanOrEqualTo(16);
        assertCurrentLackOfCapacity(permitted, decision, asOf);
      }
      case ATTORNEY -> {
        assertThat(decision)
            .isInstanceOfSatisfying(AttorneyDecision.class, a -> assertThat(a.consents()).isTrue());
        assertThat(ageThen).isGreaterThanOrEqualTo(18);
        assertCurrentLackOfCapacity(permitted, decision, asOf);
      }
    }
    assertThat(scenario.forPurpose())
        .noneMatch(
            r ->
                r instanceof Withdrawal
                    && !r.date().isBefore(decision.date())
                    && !r.date().isAfter(asOf));
  }

  private static void assertCurrentLackOfCapacity(
      Permitted permitted, ConsentRecord decision, LocalDate asOf) {
    assertThat(permitted.reliedOn().get(1))
        .isInstanceOfSatisfying(
            CapacityAssessment.class,
            a -> {
              assertThat(a.lacksCapacityForThisDecision()).isTrue();
              assertThat(a.date()).isBeforeOrEqualTo(decision.date());
              assertThat(a.date().plus(POLICY.capacityAssessmentStaleness()))
                  .isAfterOrEqualTo(asOf);
            });
  }

  @Test
  void after_a_withdrawal_not_permitted_on_every_later_date_until_a_new_consent() {
    qt().forAll(scenarios(), recordDates(), Generate.range(0, 800))
        .checkAssert(
            (scenario, withdrawnOn, daysLater) -> {
              List<ConsentRecord> history = new ArrayList<>(scenario.history());
              history.add(Withdrawal.of(scenario.purpose(), withdrawnOn, "party-self", "user-1"));
              Scenario withWithdrawal =
                  new Scenario(scenario.dateOfBirth(), scenario.purpose(), history);
              LocalDate asOf = withdrawnOn.plusDays(daysLater);
              boolean newConsentSince =
                  withWithdrawal.forPurpose().stream()
                      .anyMatch(
                          r ->
                              mayGrant(r)
                                  && r.date().isAfter(withdrawnOn)
                                  && !r.date().isAfter(asOf));
              if (!newConsentSince) {
                assertThat(withWithdrawal.decideOn(asOf)).isInstanceOf(NotPermitted.class);
              }
            });
  }

  @Test
  void a_record_for_one_purpose_never_permits_another() {
    qt().forAll(
            scenarios(),
            decisionDates(),
            Generate.pick(List.of(Purpose.keyworkerReferral(), Purpose.cetr("review-2"))))
        .checkAssert(
            (scenario, asOf, unrelated) -> {
              assertThat(
                      ConsentRules.decide(
                          scenario.dateOfBirth(), unrelated, scenario.history(), asOf, POLICY))
                  .isInstanceOf(NotPermitted.class);
              List<ConsentRecord> own = scenario.forPurpose();
              assertThat(
                      ConsentRules.decide(
                              scenario.dateOfBirth(), scenario.purpose(), own, asOf, POLICY)
                          .isPermitted())
                  .isEqualTo(scenario.decideOn(asOf).isPermitted());
            });
  }

  @Test
  void the_decision_does_not_change_between_two_record_dates_except_when_a_basis_expires() {
    qt().forAll(scenarios(), decisionDates())
        .checkAssert(
            (scenario, day) -> {
              LocalDate next = day.plusDays(1);
              boolean recordOnNextDay =
                  scenario.history().stream().anyMatch(r -> r.date().equals(next));
              ConsentDecision today = scenario.decideOn(day);
              boolean expiresTonight =
                  today instanceof Permitted permitted && permitted.validUntil().equals(day);
              if (!recordOnNextDay && !expiresTonight) {
                assertThat(scenario.decideOn(next)).isEqualTo(today);
              }
            });
  }

  @Test
  void every_not_permitted_has_a_reason_and_no_reason_shows_the_date_of_birth() {
    qt().forAll(scenarios(), decisionDates())
        .checkAssert(
            (scenario, asOf) -> {
              ConsentDecision decision = scenario.decideOn(asOf);
              String born = scenario.dateOfBirth().toString();
              if (decision instanceof NotPermitted notPermitted) {
                assertThat(notPermitted.reasons()).isNotEmpty().noneMatch(r -> r.contains(born));
              }
              assertThat(decision.conflicts()).noneMatch(c -> c.description().contains(born));
              assertThat(decision.toString()).doesNotContain(born);
            });
  }

  @Test
  void the_order_of_the_history_does_not_matter() {
    qt().forAll(scenarios(), decisionDates(), Generate.range(0, 1000))
        .checkAssert(
            (scenario, asOf, shuffleSeed) -> {
              List<ConsentRecord> shuffled = new ArrayList<>(scenario.history());
              Collections.shuffle(shuffled, new Random(shuffleSeed));
              ConsentDecision original = scenario.decideOn(asOf);
              ConsentDecision reordered =
                  ConsentRules.decide(
                      scenario.dateOfBirth(), scenario.purpose(), shuffled, asOf, POLICY);
              assertThat(reordered.isPermitted()).isEqualTo(original.isPermitted());
              if (original instanceof Permitted a && reordered instanceof Permitted b) {
                assertThat(b.basis()).isEqualTo(a.basis());
                assertThat(b.validUntil()).isEqualTo(a.validUntil());
              }
            });
  }

  @Test
  void generated_histories_reach_every_basis_and_reasons_so_the_properties_are_not_vacuous() {
    Set<Basis> bases = EnumSet.noneOf(Basis.class);
    Set<String> reasonKinds = new HashSet<>();
    qt().withExamples(3000)
        .forAll(scenarios(), decisionDates())
        .check(
            (scenario, asOf) -> {
              ConsentDecision decision = scenario.decideOn(asOf);
              if (decision instanceof Permitted permitted) {
                bases.add(permitted.basis());
              } else if (decision instanceof NotPermitted notPermitted) {
                notPermitted.reasons().forEach(r -> reasonKinds.add(r.split(" ")[0]));
              }
              return true;
            });
    assertThat(bases).containsExactlyInAnyOrder(Basis.values());
    assertThat(reasonKinds).contains("withdrawn", "refused", "consent", "child's", "no");
  }
}
