package org.opendsr.examples.embedding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.CommandResult;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.store.RegisterStore;
import org.opendsr.core.worklist.Worklist;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.RecordedRating;

/**
 * The CMS's DSR module: the one place where the case-management system meets the register. It wires
 * the library's ports to the CMS's own parts (its store, its audit trail, its patient index, its
 * notifier), turns CMS actions into {@link Command}s, and tells the notifier what each command
 * recorded. Every call names the CMS user as an {@link Actor}; the {@link AccessControlledRegister}
 * decides and audits it.
 */
public final class CaseManagementSystem {

  private final AccessControlledRegister register;
  private final CmsPatientIndex patients;
  private final CmsNotifier notifier;
  private final Clock clock;

  private CaseManagementSystem(
      AccessControlledRegister register,
      CmsPatientIndex patients,
      CmsNotifier notifier,
      Clock clock) {
    this.register = register;
    this.patients = patients;
    this.notifier = notifier;
    this.clock = clock;
  }

  /**
   * Wires the register into the CMS.
   *
   * @param store where the register keeps its events (dsr-jdbc's store in production)
   * @param audit where every call is recorded
   * @param clock the CMS's clock
   * @param patients the CMS's patient index
   * @param notifier the CMS's notifier
   * @return the wired module
   */
  public static CaseManagementSystem wire(
      RegisterStore store,
      AuditTrail audit,
      Clock clock,
      CmsPatientIndex patients,
      CmsNotifier notifier) {
    DynamicSupportRegister core =
        DynamicSupportRegister.create(
            store, clock, WorkingDayCalendar.englandAndWales(), LocalPolicy.defaults());
    return new CaseManagementSystem(
        AccessControlledRegister.of(core, audit, clock),
        Objects.requireNonNull(patients, "patients"),
        Objects.requireNonNull(notifier, "notifier"),
        clock);
  }

  /**
   * Refers a CMS patient today, with the consent the user recorded in the CMS. The NHS number and
   * other details come from the CMS's own index.
   *
   * @param user the CMS user
   * @param cmsPatientId the CMS's patient id
   * @param referrerRole the referrer's role, e.g. "community learning disability nurse"
   * @return the new entry
   */
  public EntryId refer(Actor user, String cmsPatientId, String referrerRole) {
    LocalDate today = LocalDate.now(clock);
    Referral referral =
        Referral.of(
            ReferralSource.PROFESSIONAL,
            today,
            referrerRole,
            ContactDetails.email("dsr.team@example.nhs.uk"));
    Command.Refer refer =
        new Command.Refer(
            user.userId(),
            patients.detailsOf(cmsPatientId),
            referral,
            List.of(ConsentGiven.of(Purpose.inclusion(), today, user.userId())));
    CommandResult result = register.handle(user, purposeOf(user), refer);
    // Link before notifying, so the notifier can name the CMS patient.
    patients.link(cmsPatientId, result.entryId());
    notifier.onRecorded(result);
    return result.entryId();
  }

  /**
   * Rates a patient today from the answers of the CMS's risk form, using the national definitions.
   *
   * @param user the CMS user
   * @param cmsPatientId the CMS's patient id
   * @param answers the form's answers, by the instrument's question ids
   * @return what was recorded
   */
  public CommandResult rate(Actor user, String cmsPatientId, Map<String, Answer> answers) {
    Entry entry = entry(user, cmsPatientId);
    LocalDate today = LocalDate.now(clock);
    PersonContext context =
        PersonContext.inCommunity(entry.person().dateOfBirth().value())
            .withInpatient(entry.isInpatient())
            .withKnownToKeyworkerService(entry.knownToKeyworkerService());
    RecordedRating rating =
        RecordedRating.asSuggested(
            Instruments.nationalDefinitions()
                .decide(Assessment.of(context, today, answers), RatingPolicy.nationalDefaults()));
    return handle(
        user, new Command.RecordRating(user.userId(), entry.id(), entry.version(), rating));
  }

  /**
   * Records that a patient was admitted today.
   *
   * @param user the CMS user
   * @param cmsPatientId the CMS's patient id
   * @param hospitalId the hospital's organisation code
   * @return what was recorded
   */
  public CommandResult recordAdmission(Actor user, String cmsPatientId, String hospitalId) {
    Entry entry = entry(user, cmsPatientId);
    return handle(
        user,
        new Command.RecordAdmission(
            user.userId(),
            entry.id(),
            entry.version(),
            LocalDate.now(clock),
            HospitalCode.parse(hospitalId),
            false));
  }

  /**
   * A patient's entry, as the user may see it.
   *
   * @param user the CMS user
   * @param cmsPatientId the CMS's patient id
   * @return the entry
   * @throws org.opendsr.core.AccessDeniedException if the user may not see it (audited)
   */
  public Entry entry(Actor user, String cmsPatientId) {
    return register.entry(user, purposeOf(user), patients.entryOf(cmsPatientId));
  }

  /**
   * Today's worklist for a user, a fortnight ahead.
   *
   * @param user the CMS user
   * @return the work due, limited to entries the user may see
   */
  public Worklist worklist(Actor user) {
    return register.worklist(user, purposeOf(user), LocalDate.now(clock), 14);
  }

  private CommandResult handle(Actor user, Command command) {
    CommandResult result = register.handle(user, purposeOf(user), command);
    notifier.onRecorded(result);
    return result;
  }

  /** The purpose the CMS claims for a user's calls, from the screen they work in. */
  private static AccessPurpose purposeOf(Actor user) {
    if (user.role() == Role.DSR_COORDINATOR) {
      return AccessPurpose.REGISTER_ADMINISTRATION;
    }
    if (user.role() == Role.COMMISSIONER_ANALYST) {
      return AccessPurpose.COMMISSIONING;
    }
    return AccessPurpose.DIRECT_CARE;
  }
}
