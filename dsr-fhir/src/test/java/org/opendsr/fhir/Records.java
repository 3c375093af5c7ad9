package org.opendsr.fhir;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendsr.consent.AttorneyDecision;
import org.opendsr.consent.BestInterestsDecision;
import org.opendsr.consent.CapacityAssessment;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.GillickAssessment;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;
import org.opendsr.core.Violation;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.cetr.CetrKind;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;
import org.opendsr.core.cetr.KeyQuestion;
import org.opendsr.core.cetr.Panel;
import org.opendsr.core.cetr.PanelRole;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.ActionStatus;
import org.opendsr.core.entry.CareTeam;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.CetrHistory;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Closure;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.InpatientStay;
import org.opendsr.core.entry.Lifecycle;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.entry.RatingHistory;
import org.opendsr.core.entry.RatingRecord;
import org.opendsr.core.entry.WorkPlan;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.rating.Answer;
import org.opendsr.rating.ClinicianOverride;
import org.opendsr.rating.Level;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingChange;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.Reason;
import org.opendsr.rating.RecordedRating;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generated register records, built as {@link Entry} values directly: one to three episodes of one
 * person, with every kind of consent record, rating, action, C(E)TR, refusal, stay, task and audit.
 */
final class Records {

  private Records() {}

  /** Words that exercise escaping in JSON and XML, and non-ASCII letters. */
  private static final List<String> WORDS =
      List.of(
          "Ann",
          "O'Brien",
          "Zoë",
          "José-María",
          "Ng",
          "Smith",
          "<b>",
          "&",
          "\"quoted\"",
          "Łódź",
          "Swindon",
          "calm",
          "crisis",
          "school",
          "respite",
          "Ćwik",
          "van der Berg");

  private static final List<String> POSTCODES =
      List.of("SN1 2AB", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT");

  static Gen<DsrRecord> records() {
    return in -> new Pick(in).record();
  }

  /** One draw: all choices come from the randomness source, so QuickTheories can shrink them. */
  private static final class Pick {
    private final RandomnessSource in;

    Pick(RandomnessSource in) {
      this.in = in;
    }

    int between(int low, int high) {
      return integers().between(low, high).generate(in);
    }

    boolean bool() {
      return between(0, 1) == 1;
    }

    <T> T oneOf(List<T> values) {
      return values.get(between(0, values.size() - 1));
    }

    <E extends Enum<E>> E oneOf(Class<E> type) {
      return oneOf(List.of(type.getEnumConstants()));
    }

    String words(int max) {
      int n = between(1, max);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(oneOf(WORDS));
      }
      return String.join(" ", out);
    }

    LocalDate date() {
      return LocalDate.of(2020, 1, 1).plusDays(between(0, 2500));
    }

    Instant instant() {
      return Instant.ofEpochMilli(
          longs().between(1_577_836_800_000L, 1_800_000_000_000L).generate(in));
    }

    NhsNumber nhsNumber() {
      while (true) {
        String nine = "999" + String.format("%06d", between(0, 999_999));
        Optional<Integer> check = NhsNumber.checkDigitFor(nine);
        if (check.isPresent() && NhsNumber.isValid(nine + check.get())) {
          return NhsNumber.parse(nine + check.get());
        }
      }
    }

    PersonName name() {
      return new PersonName(
          words(2), words(2), bool() ? Optional.of(oneOf(WORDS)) : Optional.empty());
    }

    DsrRecord record() {
      String key = "p" + between(1, 99_999);
      NhsNumber nhs = nhsNumber();
      List<Entry> episodes = new ArrayList<>();
      int episodeCount = between(1, 3);
      PersonDetails person = person(nhs);
      for (int e = 0; e < episodeCount; e++) {
        if (e > 0 && bool()) {
          person = person(nhs);
        }
        episodes.add(entry(e, person));
      }
      List<AuditRecord> audit = new ArrayList<>();
      int auditCount = between(0, 4);
      for (int i = 0; i < auditCount; i++) {
        audit.add(audit());
      }
      return new DsrRecord(key, episodes, audit);
    }

    PersonDetails person(NhsNumber nhs) {
      return new PersonDetails(
          name(),
          DateOfBirth.of(LocalDate.of(1950, 1, 1).plusDays(between(0, 25_000))),
          nhs,
          new Residence(
              bool() ? words(4) : "",
              bool() ? Optional.of(oneOf(POSTCODES)) : Optional.empty(),
              oneOf(WORDS),
              oneOf(Residence.Setting.class)),
          oneOf(Diagnosis.class),
          bool());
    }

    Entry entry(int index, PersonDetails person) {
      LocalDate referred = date();
      EntryStatus status = oneOf(EntryStatus.class);
      boolean accepted =
          status == EntryStatus.ACTIVE
              || status == EntryStatus.INCLUSION_BASIS_LAPSED
              || (status == EntryStatus.CLOSED && bool());
      List<String> declineReasons = new ArrayList<>();
      if (status == EntryStatus.DECLINED) {
        int n = between(1, 2);
        for (int i = 0; i < n; i++) {
          declineReasons.add(words(4));
        }
      }
      List<Agency> agencies = new ArrayList<>();
      int agencyCount = between(0, 3);
      for (int i = 0; i < agencyCount; i++) {
        agencies.add(new Agency("A" + between(0, 4), words(3), oneOf(Agency.Kind.class)));
      }
      List<Professional> professionals = new ArrayList<>();
      int professionalCount = between(0, 3);
      for (int i = 0; i < professionalCount; i++) {
        professionals.add(
            new Professional("prof-" + i, name(), words(2), agencyId(agencies), contact()));
      }
      List<Action> actions = new ArrayList<>();
      int actionCount = between(0, 4);
      for (int i = 0; i < actionCount; i++) {
        actions.add(
            new Action(
                "E-" + index + "-A" + (i + 1),
                new PlannedAction(
                    words(5),
                    "owner-" + between(1, 3),
                    agencyId(agencies),
                    date(),
                    bool() ? Optional.of(words(3)) : Optional.empty()),
                oneOf(ActionStatus.class)));
      }
      List<CetrRecord> cetrs = new ArrayList<>();
      int cetrCount = between(0, 2);
      for (int i = 0; i < cetrCount; i++) {
        cetrs.add(cetr("T" + index + "-cetr-" + i));
      }
      List<ConsentRecord> consents = new ArrayList<>();
      if (accepted) {
        consents.add(ConsentGiven.of(Purpose.inclusion(), date(), "u" + between(1, 9)));
      }
      int consentCount = between(0, 5);
      for (int i = 0; i < consentCount; i++) {
        consents.add(consent(agencies, cetrs));
      }
      List<RatingRecord> ratings = new ArrayList<>();
      int ratingCount = between(0, 3);
      for (int i = 0; i < ratingCount; i++) {
        ratings.add(new RatingRecord(date(), rating(), oneOf(RatingChange.class)));
      }
      List<LocalDate> reviews = new ArrayList<>();
      int reviewCount = between(0, 2);
      for (int i = 0; i < reviewCount; i++) {
        reviews.add(date());
      }
      List<CetrRefusal> refusals = new ArrayList<>();
      if (bool()) {
        refusals.add(new CetrRefusal("T" + index + "-refused", date()));
      }
      List<InpatientStay> stays = new ArrayList<>();
      int stayCount = between(0, 2);
      for (int i = 0; i < stayCount; i++) {
        LocalDate admitted = date();
        stays.add(
            new InpatientStay(
                admitted,
                oneOf(List.of("RV3", "RX4", "local_ward-7")),
                bool(),
                bool() ? Optional.of(admitted.plusDays(between(0, 400))) : Optional.empty()));
      }
      List<Task> tasks = new ArrayList<>();
      int taskCount = between(0, 4);
      for (int i = 0; i < taskCount; i++) {
        LocalDate opened = date();
        Task task =
            Task.open(
                "T" + index + "-" + i,
                oneOf(TaskKind.class),
                opened,
                opened.plusDays(between(0, 60)),
                bool() ? words(4) : "");
        tasks.add(
            bool() ? task.close(opened.plusDays(between(0, 90)), oneOf(TaskOutcome.class)) : task);
      }
      EntryId id = EntryId.of("E-" + String.format("%06d", between(1, 999_999)));
      Referral referral = new Referral(oneOf(ReferralSource.class), referred, words(2), contact());
      Lifecycle lifecycle =
          new Lifecycle(
              status,
              accepted ? Optional.of(referred.plusDays(between(0, 30))) : Optional.empty(),
              declineReasons,
              status == EntryStatus.CLOSED
                  ? Optional.of(
                      new Closure(referred.plusDays(between(0, 400)), oneOf(CloseReason.class)))
                  : Optional.empty(),
              bool() ? Optional.of(referred.plusDays(between(0, 10))) : Optional.empty());
      CaseSummary summary =
          bool()
              ? CaseSummary.empty()
              : new CaseSummary(words(6), bool() ? words(6) : "", words(6), bool() ? words(8) : "");
      boolean knownToKeyworkerService = bool();
      return new Entry(
          id,
          index + 1,
          person,
          referral,
          lifecycle,
          consents,
          new CareTeam(agencies, professionals, knownToKeyworkerService),
          summary,
          new RatingHistory(ratings, reviews),
          new CetrHistory(cetrs, refusals),
          stays,
          new WorkPlan(actions, tasks),
          between(1, 400));
    }

    String agencyId(List<Agency> agencies) {
      return agencies.isEmpty() || bool() ? "X" + between(0, 9) : oneOf(agencies).id();
    }

    ContactDetails contact() {
      Optional<String> phone =
          bool()
              ? Optional.of("01632 960" + String.format("%03d", between(0, 999)))
              : Optional.empty();
      Optional<String> email =
          phone.isEmpty() || bool()
              ? Optional.of("worker" + between(0, 99) + "@example.org")
              : Optional.empty();
      return new ContactDetails(phone, email);
    }

    Purpose purpose(List<Agency> agencies, List<CetrRecord> cetrs) {
      return switch (between(0, 3)) {
        case 0 -> Purpose.inclusion();
        case 1 -> Purpose.sharingWith(agencyId(agencies));
        case 2 -> Purpose.cetr(cetrs.isEmpty() ? "cetr-x" : oneOf(cetrs).reviewId());
        default -> Purpose.keyworkerReferral();
      };
    }

    ConsentRecord consent(List<Agency> agencies, List<CetrRecord> cetrs) {
      Purpose purpose = purpose(agencies, cetrs);
      LocalDate date = date();
      String by = "u" + between(1, 9);
      return switch (between(0, 7)) {
        case 0 -> ConsentGiven.of(purpose, date, by);
        case 1 -> ConsentRefused.of(purpose, date, by);
        case 2 -> Withdrawal.of(purpose, date, "w" + between(1, 9), by);
        case 3 ->
            new ParentalConsent(
                purpose,
                date,
                by,
                "parent-" + between(1, 2),
                bool() ? Optional.of(oneOf(ParentalConsent.ChildsView.class)) : Optional.empty());
        case 4 -> {
          List<BestInterestsDecision.ConsultedParty> consulted = new ArrayList<>();
          int n = between(1, 3);
          for (int i = 0; i < n; i++) {
            consulted.add(
                new BestInterestsDecision.ConsultedParty(
                    oneOf(BestInterestsDecision.Role.class), "party-" + i));
          }
          yield new BestInterestsDecision(
              purpose, date, by, "dm-" + between(1, 3), consulted, words(6), bool());
        }
        case 5 -> {
          LocalDate registered = date.minusDays(between(0, 3000));
          LocalDate born = registered.minusYears(18).minusDays(between(0, 20_000));
          yield new AttorneyDecision(
              purpose, date, by, "att-" + between(1, 3), born, registered, bool());
        }
        case 6 -> {
          Set<CapacityAssessment.Inability> inabilities =
              EnumSet.noneOf(CapacityAssessment.Inability.class);
          for (CapacityAssessment.Inability inability : CapacityAssessment.Inability.values()) {
            if (bool()) {
              inabilities.add(inability);
            }
          }
          yield new CapacityAssessment(purpose, date, by, bool(), inabilities);
        }
        default -> new GillickAssessment(purpose, date, by, bool());
      };
    }

    Answer answer() {
      return switch (between(0, 2)) {
        case 0 -> Answer.of(bool());
        case 1 -> Answer.level(oneOf(Level.class));
        default -> Answer.score(between(-5, 40));
      };
    }

    RecordedRating rating() {
      Rating suggested = oneOf(Rating.class);
      List<Reason> reasons = new ArrayList<>();
      int n = between(1, 3);
      for (int i = 0; i < n; i++) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        int k = between(0, 3);
        for (int j = 0; j < k; j++) {
          answers.put("item-" + j, answer());
        }
        reasons.add(new Reason("rule-" + between(1, 30), words(8), oneOf(Rating.class), answers));
      }
      boolean keyworker = bool();
      int min = between(0, 5);
      RatingPolicy policy = new RatingPolicy(bool(), min, min + between(0, 30));
      RatingDecision decision =
          new RatingDecision(
              suggested,
              reasons,
              LinkedProcess.applicableTo(suggested, keyworker, policy),
              oneOf(List.of("national-2023", "cnest", "key-questions")),
              oneOf(List.of("1", "1.1", "2024-06")),
              date(),
              keyworker,
              policy);
      if (suggested == Rating.BLUE || bool()) {
        return RecordedRating.asSuggested(decision);
      }
      List<Rating> others = new ArrayList<>(List.of(Rating.RED, Rating.AMBER, Rating.GREEN));
      others.remove(suggested);
      return RecordedRating.overridden(
          decision,
          ClinicianOverride.of(oneOf(others), words(6), "clin-" + between(1, 5), instant()));
    }

    CetrRecord cetr(String reviewId) {
      Map<PanelRole, String> members = new EnumMap<>(PanelRole.class);
      for (PanelRole role : PanelRole.values()) {
        if (between(0, 3) > 0) {
          members.put(role, "member-" + between(1, 9));
        }
      }
      Map<KeyQuestion, String> findings = new EnumMap<>(KeyQuestion.class);
      for (KeyQuestion question : KeyQuestion.values()) {
        if (bool()) {
          findings.put(question, words(6));
        }
      }
      return new CetrRecord(
          reviewId, date(), oneOf(CetrKind.class), bool(), new Panel(members), findings);
    }

    AuditRecord audit() {
      AccessPurpose purpose = oneOf(AccessPurpose.class);
      AuditRecord.Access access = oneOf(AuditRecord.Access.class);
      AuditRecord.Outcome outcome =
          access == AuditRecord.Access.DENIED
              ? oneOf(List.of(AuditRecord.Outcome.NOT_ATTEMPTED, AuditRecord.Outcome.NOT_RECORDED))
              : oneOf(
                  List.of(
                      AuditRecord.Outcome.DONE,
                      AuditRecord.Outcome.REFUSED,
                      AuditRecord.Outcome.FAILED,
                      AuditRecord.Outcome.NOT_RECORDED));
      List<Violation> refusedBy =
          outcome == AuditRecord.Outcome.REFUSED
              ? List.of(Violation.of(oneOf(List.of("on", "entry.status")), words(4)))
              : List.of();
      return new AuditRecord(
          instant(),
          "user-" + between(1, 20),
          oneOf(Role.class),
          bool() ? Optional.of("A" + between(0, 3)) : Optional.empty(),
          purpose,
          oneOf(Operation.class),
          bool() ? Optional.of("entry-" + between(1, 5)) : Optional.empty(),
          access,
          outcome,
          refusedBy,
          access == AuditRecord.Access.ALLOWED && bool(),
          purpose == AccessPurpose.BREAK_GLASS && bool() ? Optional.of(words(5)) : Optional.empty(),
          oneOf(
              List.of("role allows", "agency not involved", "break-glass", "no consent to share")));
    }
  }
}
