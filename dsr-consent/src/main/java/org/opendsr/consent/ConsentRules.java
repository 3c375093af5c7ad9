package org.opendsr.consent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The consent rules of the NHS England DSR and C(E)TR policy (2023) and the Mental Capacity Act
 * 2005 as one pure function, {@link #decide}.
 *
 * <h2>How a decision is reached</h2>
 *
 * <ol>
 *   <li>Only records dated on or before the decision date ({@code asOf}) count; later ones are
 *       ignored. Only records for the purpose asked about can permit it: purposes are separate, and
 *       a C(E)TR is a purpose of its own, so consent is asked again for every C(E)TR.
 *   <li>Decision records (consent, refusal, best-interests decision, parental consent, attorney
 *       decision, withdrawal) are read in date order. Each is judged <em>on its own date</em>, with
 *       the person's age on that date and the assessments for this decision known on that date. A
 *       judged record either grants a basis, ends any basis (a withdrawal, a capable refusal, a
 *       best-interests decision or attorney decision against), or is ineffective, with a reason.
 *       When records share a date, those that end a basis are read last, so a withdrawal wins over
 *       a consent given the same day; the outcome never depends on the order of the list.
 *   <li>The last record that granted or ended decides. A granted basis lasts until its {@code
 *       validUntil}: the re-check due date ({@link ConsentPolicy#recheckInterval()}), or earlier
 *       when an assessment it relied on goes out of date ({@link
 *       ConsentPolicy#capacityAssessmentStaleness()}) or when parental responsibility ends at the
 *       child's 16th birthday. After that day the purpose is not permitted until a new record.
 * </ol>
 *
 * <h2>Who may decide</h2>
 *
 * <ul>
 *   <li>16 and over: capacity is presumed (MCA 2005 s1(2)); the person's own consent or refusal
 *       decides, unless a current capacity assessment <em>for this decision</em> found they lack
 *       capacity. Then a best-interests decision (MCA s4) with that assessment is needed, or, from
 *       18, a registered health-and-welfare attorney's decision (MCA s9-s11).
 *   <li>Under 16: a person with parental responsibility consents, and the child's own view must be
 *       recorded; if the child is assessed as Gillick competent for this decision, the child's own
 *       consent or refusal decides instead.
 *   <li>16 and 17: the Mental Capacity Act 2005 applies (s.2(5)), so a person with parental
 *       responsibility cannot consent instead of the young person, and cannot override a capable
 *       refusal; that disagreement is flagged as a {@link Conflict}. A young person of 16 or 17 who
 *       lacks capacity for this decision needs a best-interests decision (s.4): a parent's consent
 *       is ineffective, with the reason (MCA Code of Practice, chapter 12). The BSW ICB DSR page
 *       speaks of parents consenting for "a child or young person"; national law wins.
 * </ul>
 *
 * <p>Ages are completed years between the date of birth and a date, with {@link
 * java.time.Period#between} semantics: someone born on 29 February turns a year older on 1 March in
 * a year without 29 February. An assessment is out of date once more than the staleness has passed
 * since its date; an out-of-date capacity assessment no longer counts either way, so capacity is
 * presumed again until it is reassessed. Assessments made after a decision record do not undo it: a
 * change is recorded as a new decision record.
 *
 * <p>Reasons and conflicts never contain personal data: no names and no dates derived from the date
 * of birth. Dates of records (for example "withdrawn on 2027-02-03") are shown.
 */
public final class ConsentRules {

  private ConsentRules() {}

  /**
   * Decides whether a purpose is permitted for a person on a date.
   *
   * @param dateOfBirth the person's date of birth
   * @param purpose the purpose asked about
   * @param records the person's consent history, in any order, for any purposes
   * @param asOf the decision date; records dated after it are ignored
   * @param policy local policy
   * @return {@link ConsentDecision.Permitted} with its basis, or {@link
   *     ConsentDecision.NotPermitted} with at least one reason
   * @throws ConsentException if {@code asOf} or a record is dated before the date of birth
   */
  public static ConsentDecision decide(
      LocalDate dateOfBirth,
      Purpose purpose,
      List<ConsentRecord> records,
      LocalDate asOf,
      ConsentPolicy policy) {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(purpose, "purpose");
    List<ConsentRecord> all = List.copyOf(Objects.requireNonNull(records, "records"));
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    if (asOf.isBefore(dateOfBirth)) {
      throw ConsentException.of(
          "asOf",
          "the decision date is before the date of birth",
          "asOf: the decision date is before the date of birth");
    }
    if (all.stream().anyMatch(r -> r.date().isBefore(dateOfBirth))) {
      throw ConsentException.of(
          "records",
          "a record is dated before the date of birth",
          "records: a record is dated before the date of birth");
    }
    List<ConsentRecord> known = all.stream().filter(r -> !r.date().isAfter(asOf)).toList();
    return new Evaluation(dateOfBirth, purpose, known, policy).decide(asOf);
  }

  /** Records that end a basis are read after records that grant one on the same date. */
  private static int sameDayOrder(ConsentRecord record) {
    boolean ends =
        record instanceof Withdrawal
            || record instanceof ConsentRefused
            || record instanceof BestInterestsDecision b && !b.inBestInterests()
            || record instanceof AttorneyDecision a && !a.consents();
    return ends ? 1 : 0;
  }

  /** The outcome of judging one decision record on its own date. */
  private sealed interface Judgement {}

  /** The record grants a basis until {@code validUntil}. */
  private record Grant(
      Basis basis, List<ConsentRecord> reliedOn, LocalDate validUntil, List<String> expiryReasons)
      implements Judgement {}

  /** The record ends any basis. */
  private record End(String reason, boolean capableRefusalUnder18) implements Judgement {}

  /** The record neither grants nor ends a basis. */
  private record Ineffective(String reason) implements Judgement {}

  /** A date on which a basis stops, and the reason shown after it. */
  private record Expiry(LocalDate lastValidDay, String reason) {}

  /** One evaluation of one purpose for one person. */
  private static final class Evaluation {
    private final LocalDate dateOfBirth;
    private final Purpose purpose;
    private final List<ConsentRecord> forPurpose;
    private final ConsentPolicy policy;
    private final Set<Conflict> conflicts = new LinkedHashSet<>();
    private final Assessments assessments;

    Evaluation(
        LocalDate dateOfBirth, Purpose purpose, List<ConsentRecord> known, ConsentPolicy policy) {
      this.dateOfBirth = dateOfBirth;
      this.purpose = purpose;
      this.forPurpose = known.stream().filter(r -> r.purpose().equals(purpose)).toList();
      this.policy = policy;
      this.assessments = new Assessments(dateOfBirth, purpose, known, forPurpose, policy);
    }

    ConsentDecision decide(LocalDate asOf) {
      List<ConsentRecord> decisions =
          forPurpose.stream()
              .filter(r -> !Assessments.isAssessment(r))
              .sorted(
                  Comparator.comparing(ConsentRecord::date)
                      .thenComparingInt(ConsentRules::sameDayOrder)
                      // a fixed order of record types keeps the outcome independent of list order
                      .thenComparing(r -> r.getClass().getSimpleName()))
              .toList();
      Optional<Grant> current = Optional.empty();
      Optional<End> lastEnd = Optional.empty();
      List<String> pending = new ArrayList<>();
      for (ConsentRecord record : decisions) {
        Judgement judgement = judge(record);
        if (judgement instanceof Grant grant) {
          current = Optional.of(grant);
          lastEnd = Optional.empty();
          pending.clear();
        } else if (judgement instanceof End end) {
          current = Optional.empty();
          lastEnd = Optional.of(end);
          pending.clear();
        } else if (judgement instanceof Ineffective ineffective) {
          pending.add(ineffective.reason());
        }
      }
      flagCapableRefusalAgainstParentalConsent(lastEnd);
      List<Conflict> flagged = List.copyOf(conflicts);
      if (current.isPresent() && !asOf.isAfter(current.get().validUntil())) {
        Grant grant = current.get();
        return new ConsentDecision.Permitted(
            grant.basis(), grant.reliedOn(), grant.validUntil(), flagged);
      }
      List<String> reasons = new ArrayList<>();
      current.ifPresent(grant -> reasons.addAll(grant.expiryReasons()));
      lastEnd.ifPresent(end -> reasons.add(end.reason()));
      reasons.addAll(pending);
      if (reasons.isEmpty()) {
        reasons.add("no consent recorded for " + purpose.description());
      }
      return new ConsentDecision.NotPermitted(reasons, flagged);
    }

    /**
     * MCA Code of Practice, chapter 12; Gillick: at 16-17 parental responsibility cannot override a
     * capable refusal; the same holds for a Gillick competent child. Flag it when a parent
     * consented since the last withdrawal.
     */
    private void flagCapableRefusalAgainstParentalConsent(Optional<End> lastEnd) {
      Optional<LocalDate> lastWithdrawal =
          forPurpose.stream()
              .filter(Withdrawal.class::isInstance)
              .map(ConsentRecord::date)
              .max(Comparator.naturalOrder());
      boolean parentConsented =
          forPurpose.stream()
              .filter(ParentalConsent.class::isInstance)
              .anyMatch(p -> lastWithdrawal.map(w -> p.date().isAfter(w)).orElse(true));
      if (parentConsented && lastEnd.map(End::capableRefusalUnder18).orElse(false)) {
        conflicts.add(Conflict.CAPABLE_REFUSAL_AND_PARENTAL_CONSENT);
      }
    }

    private Judgement judge(ConsentRecord record) {
      // Java 17 has no pattern switch; the chain covers every decision record type, and
      // assessments never reach here (they are inputs to judging, filtered out before).
      Judgement judgement;
      if (record instanceof ConsentGiven given) {
        judgement = judgeOwnConsent(given);
      } else if (record instanceof ConsentRefused refused) {
        judgement = judgeRefusal(refused);
      } else if (record instanceof BestInterestsDecision decision) {
        judgement = judgeBestInterests(decision);
      } else if (record instanceof AttorneyDecision decision) {
        judgement = judgeAttorney(decision);
      } else if (record instanceof ParentalConsent consent) {
        judgement = judgeParentalConsent(consent);
      } else {
        judgement = new End("withdrawn on " + record.date(), false);
      }
      if (!(judgement instanceof Ineffective)) {
        // A new grant or end settles earlier disagreements; later ones are flagged afresh.
        conflicts.clear();
      }
      if (judgement instanceof Grant
          && record instanceof ParentalConsent consent
          && consent.childsView().equals(Optional.of(ParentalConsent.ChildsView.DISAGREES))) {
        conflicts.add(Conflict.CHILD_DISAGREES_WITH_PARENTAL_CONSENT);
      }
      return judgement;
    }

    private Judgement judgeOwnConsent(ConsentGiven given) {
      LocalDate date = given.date();
      if (assessments.age(date) >= 16) {
        if (assessments.capacityStatus(date) == Assessments.CapacityStatus.LACKS) {
          return new Ineffective(
              "own consent was recorded while assessed as lacking capacity for this decision;"
                  + " a best-interests decision is needed");
        }
        return grant(Basis.PERSON_CONSENT, given, Optional.empty(), List.of());
      }
      Optional<GillickAssessment> gillick = assessments.latestGillick(date);
      if (gillick.isPresent() && gillick.get().competent()) {
        if (assessments.isOutOfDate(gillick.get().date(), date)) {
          return new Ineffective(assessments.gillickOutOfDate(gillick.get()));
        }
        return grant(
            Basis.GILLICK_COMPETENT_CHILD,
            given,
            Optional.of(gillick.get()),
            List.of(
                new Expiry(
                    assessments.lastValidDay(gillick.get()),
                    assessments.gillickOutOfDate(gillick.get()))));
      }
      return new Ineffective(
          "a child under 16 consents alone only when assessed as Gillick competent for this"
              + " decision; otherwise a person with parental responsibility consents");
    }

    private Judgement judgeRefusal(ConsentRefused refused) {
      LocalDate date = refused.date();
      int age = assessments.age(date);
      if (age >= 16) {
        if (assessments.capacityStatus(date) == Assessments.CapacityStatus.LACKS) {
          conflicts.add(Conflict.REFUSAL_BY_PERSON_LACKING_CAPACITY);
          return new Ineffective(
              "refusal was recorded while assessed as lacking capacity for this decision");
        }
        return new End("refused on " + date, age < 18);
      }
      if (assessments.isCurrentlyGillickCompetent(date)) {
        return new End("refused on " + date, true);
      }
      conflicts.add(Conflict.REFUSAL_BY_CHILD_NOT_GILLICK_COMPETENT);
      return new Ineffective(
          "refusal by a child not assessed as Gillick competent for this decision does not decide"
              + " alone");
    }

    private Judgement judgeBestInterests(BestInterestsDecision decision) {
      LocalDate date = decision.date();
      if (assessments.age(date) < 16) {
        return new Ineffective(
            "best-interests decisions under the Mental Capacity Act apply from age 16; for a child"
                + " under 16 a person with parental responsibility consents");
      }
      Optional<CapacityAssessment> assessment = assessments.latestCapacity(date);
      return switch (assessments.capacityStatus(date)) {
        case NONE -> new Ineffective(assessments.missingAssessment(date));
        case OUT_OF_DATE ->
            new Ineffective(assessments.capacityOutOfDate(assessment.orElseThrow()));
        case HAS -> new Ineffective(assessments.hasCapacity());
        case LACKS ->
            decision.inBestInterests()
                ? grantOnAssessment(Basis.BEST_INTERESTS, decision, assessment.orElseThrow())
                : new End(
                    "best-interests decision on " + date + " was against " + purpose.description(),
                    false);
      };
    }

    private Judgement judgeAttorney(AttorneyDecision decision) {
      LocalDate date = decision.date();
      if (assessments.age(date) < 18) {
        return new Ineffective(
            "a health-and-welfare attorney can decide only for a person aged 18 or over");
      }
      Optional<CapacityAssessment> assessment = assessments.latestCapacity(date);
      return switch (assessments.capacityStatus(date)) {
        case NONE -> new Ineffective(assessments.missingAssessment(date));
        case OUT_OF_DATE ->
            new Ineffective(assessments.capacityOutOfDate(assessment.orElseThrow()));
        case HAS -> new Ineffective(assessments.hasCapacity());
        case LACKS ->
            decision.consents()
                ? grantOnAssessment(Basis.ATTORNEY, decision, assessment.orElseThrow())
                : new End("attorney refused on " + date, false);
      };
    }

    private Judgement judgeParentalConsent(ParentalConsent consent) {
      LocalDate date = consent.date();
      if (assessments.age(date) >= 16) {
        return new Ineffective(
            "consent by a person with parental responsibility applies only under 16; from 16 the"
                + " young person decides, or a best-interests decision is made");
      }
      if (assessments.isCurrentlyGillickCompetent(date)) {
        return new Ineffective(
            "the child is Gillick competent for this decision; the child's own consent is needed");
      }
      if (consent.childsView().isEmpty()) {
        return new Ineffective("child's view not recorded");
      }
      // Parental responsibility is a basis only until the day before the 16th birthday; the
      // reason does not show that date, which would reveal the date of birth.
      LocalDate lastDayUnder16 = Ages.birthday(dateOfBirth, 16).minusDays(1);
      return grant(
          Basis.PARENTAL_RESPONSIBILITY,
          consent,
          Optional.empty(),
          List.of(
              new Expiry(
                  lastDayUnder16,
                  "consent by a person with parental responsibility ended when the child turned"
                      + " 16; the young person's own consent is needed")));
    }

    private Grant grantOnAssessment(
        Basis basis, ConsentRecord decision, CapacityAssessment assessment) {
      return grant(
          basis,
          decision,
          Optional.of(assessment),
          List.of(
              new Expiry(
                  assessments.lastValidDay(assessment),
                  assessments.capacityOutOfDate(assessment))));
    }

    private Grant grant(
        Basis basis,
        ConsentRecord decision,
        Optional<ConsentRecord> assessment,
        List<Expiry> otherExpiries) {
      LocalDate recheckDue = decision.date().plus(policy.recheckInterval());
      List<Expiry> expiries = new ArrayList<>(otherExpiries);
      expiries.add(new Expiry(recheckDue, "consent re-check overdue since " + recheckDue));
      LocalDate validUntil =
          expiries.stream().map(Expiry::lastValidDay).min(Comparator.naturalOrder()).orElseThrow();
      List<String> reasons =
          expiries.stream()
              .filter(e -> e.lastValidDay().equals(validUntil))
              .map(Expiry::reason)
              .toList();
      List<ConsentRecord> reliedOn = new ArrayList<>();
      reliedOn.add(decision);
      assessment.ifPresent(reliedOn::add);
      return new Grant(basis, reliedOn, validUntil, reasons);
    }
  }
}
