package org.opendsr.examples.embedding;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.InMemoryAuditTrail;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.examples.embedding.CmsNotifier.CmsAlert;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Instruments;

/**
 * A case-management system embedding the register, as a program to read and run: a clinician refers
 * a patient from the CMS's own index, the DSR coordinator rates them Red and later records an
 * admission, the CMS's notifier raises its alerts, an analyst is refused the entry, and the audit
 * trail shows every call. The person is fictional and the NHS number is from the 999 test range.
 */
public final class CaseManagementSystemExample {

  /** The CMS's id of the fictional patient. */
  public static final String PATIENT = "P-1001";

  /** A clinician in the community learning disability team. */
  public static final Actor CLINICIAN = Actor.professional("cms-u-17", Role.CLINICIAN, "CLDT-WEST");

  /** The ICB's DSR coordinator. */
  public static final Actor COORDINATOR =
      Actor.professional("cms-u-02", Role.DSR_COORDINATOR, "ICB-BSW");

  /** A commissioning analyst, who may see reports but never a person's entry. */
  public static final Actor ANALYST =
      Actor.professional("cms-u-40", Role.COMMISSIONER_ANALYST, "ICB-BSW");

  private CaseManagementSystemExample() {}

  /**
   * What the run left behind, for a reader or a test to look at.
   *
   * @param cms the wired CMS module
   * @param patients the CMS's patient index
   * @param notifier the CMS's notifier, with its alerts
   * @param audit the audit trail
   */
  public record Run(
      CaseManagementSystem cms,
      CmsPatientIndex patients,
      CmsNotifier notifier,
      InMemoryAuditTrail audit) {}

  /**
   * Runs the example on today's date.
   *
   * @param args none
   */
  public static void main(String[] args) {
    // The one place the wall clock is read: a real CMS runs on today's date.
    run(Clock.systemDefaultZone(), System.out);
  }

  /**
   * Runs the example.
   *
   * @param clock the CMS's clock
   * @param out where to describe what happens
   * @return what the run left behind
   */
  public static Run run(Clock clock, PrintStream out) {
    // 1. The CMS's own parts: its patient index, its notifier, its audit table.
    CmsPatientIndex patients = new CmsPatientIndex();
    patients.add(
        PATIENT,
        PersonDetails.of(
            PersonName.of("Alex", "Example"),
            DateOfBirth.of(LocalDate.now(clock).minusYears(19)),
            NhsNumber.parse("999 000 0018"),
            Residence.of("1 Fictional Road", "Swindon"),
            Diagnosis.LEARNING_DISABILITY_AND_AUTISM));
    CmsNotifier notifier = new CmsNotifier(patients);
    InMemoryAuditTrail audit = new InMemoryAuditTrail();

    // 2. The register, wired through its ports (dsr-jdbc's store would replace the in-memory one).
    CaseManagementSystem cms =
        CaseManagementSystem.wire(new InMemoryRegisterStore(), audit, clock, patients, notifier);

    // 3. Users work in the CMS; the CMS calls the register as them.
    cms.refer(CLINICIAN, PATIENT, "community learning disability nurse");
    cms.rate(
        COORDINATOR,
        PATIENT,
        Map.of(
            Instruments.IMMEDIATE_RISK_OF_ADMISSION, Answer.no(),
            Instruments.IN_CRISIS, Answer.yes(),
            Instruments.RISK_NOT_MANAGED_IN_COMMUNITY, Answer.yes(),
            Instruments.IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION, Answer.no(),
            Instruments.SIGNIFICANTLY_INCREASED_RISK, Answer.no(),
            Instruments.SOME_RISKS_CURRENTLY_MANAGED, Answer.no()));
    cms.recordAdmission(COORDINATOR, PATIENT, "RNZ01");
    try {
      cms.entry(ANALYST, PATIENT);
    } catch (AccessDeniedException refused) {
      out.println("analyst refused: " + refused.getMessage());
    }

    // 4. What the CMS saw.
    out.println("rating now: " + cms.entry(COORDINATOR, PATIENT).currentRating().orElseThrow());
    for (CmsAlert alert : notifier.raised()) {
      out.println(
          "CMS alert " + alert.kind() + " for " + alert.cmsPatientId() + " due " + alert.due());
    }
    for (AuditRecord row : audit.all()) {
      out.println("audit " + row.userId() + " " + row.operation() + " " + row.outcome());
    }
    return new Run(cms, patients, notifier, audit);
  }
}
