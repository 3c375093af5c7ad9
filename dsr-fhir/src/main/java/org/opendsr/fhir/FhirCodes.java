package org.opendsr.fhir;

/**
 * The systems, code systems, extensions and profiles the mapping uses.
 *
 * <p>National systems (NHS number, SNOMED CT, HL7 terminology, DICOM) are used where one fits.
 * There is no SNOMED CT (or other national) code for a DSR, a RAG(B) rating or most DSR concepts,
 * and the project does not invent one (SNOMED CT UK Edition): those concepts are coded in the
 * project's own code systems under {@value #BASE}, whose codes are the names of the Java enum
 * constants. {@code meta.profile} names the UK Core R4 profile where UK Core has one;
 * RiskAssessment has none and uses base R4.
 */
public final class FhirCodes {

  private FhirCodes() {}

  /** Root of the project's own FHIR URLs. */
  public static final String BASE = "https://opendsr.org/fhir/";

  /** Identifier system of the NHS number (UK Core). */
  public static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";

  /** SNOMED CT. */
  public static final String SNOMED = "http://snomed.info/sct";

  /** LOINC. */
  public static final String LOINC = "http://loinc.org";

  /** RAG(B) rating: codes BLUE, RED, AMBER, GREEN. A local code system: no national code exists. */
  public static final String RAG_RATING = BASE + "CodeSystem/rag-rating";

  /** The rule of an instrument that fired, code = rule id. */
  public static final String RATING_RULE = BASE + "CodeSystem/rating-rule";

  /** Rating instruments, code = instrument id, version = instrument version. */
  public static final String RATING_INSTRUMENT = BASE + "CodeSystem/rating-instrument";

  /** Linked processes of a rating: the names of {@code LinkedProcess}. */
  public static final String LINKED_PROCESS = BASE + "CodeSystem/linked-process";

  /** Kinds of consent record: the simple names of the {@code ConsentRecord} types. */
  public static final String CONSENT_RECORD_KIND = BASE + "CodeSystem/consent-record-kind";

  /** The basis a consent record gives: the names of {@code Basis}. */
  public static final String CONSENT_BASIS = BASE + "CodeSystem/consent-basis";

  /** Purposes of consent: INCLUSION, SHARING_WITH, CETR, KEYWORKER_REFERRAL. */
  public static final String CONSENT_PURPOSE = BASE + "CodeSystem/consent-purpose";

  /** Kinds of agency: the names of {@code Agency.Kind}. */
  public static final String AGENCY_KIND = BASE + "CodeSystem/agency-kind";

  /** Kinds of C(E)TR: the names of {@code CetrKind} (CETR, CTR). */
  public static final String CETR_KIND = BASE + "CodeSystem/cetr-kind";

  /** Roles on a C(E)TR panel: the names of {@code PanelRole}. */
  public static final String PANEL_ROLE = BASE + "CodeSystem/panel-role";

  /** The five questions of a C(E)TR: the names of {@code KeyQuestion}. */
  public static final String KEY_QUESTION = BASE + "CodeSystem/key-question";

  /**
   * What an Encounter records: CETR (a C(E)TR held), CETR_REFUSED (a C(E)TR refused), DSR_REVIEW (a
   * DSR review held), INPATIENT_STAY (a hospital stay).
   */
  public static final String ENCOUNTER_KIND = BASE + "CodeSystem/encounter-kind";

  /** Episode type of time on the register: DSR. */
  public static final String EPISODE_TYPE = BASE + "CodeSystem/episode-type";

  /** Who referred: the names of {@code ReferralSource}. */
  public static final String REFERRAL_SOURCE = BASE + "CodeSystem/referral-source";

  /** How a rating changed from the previous one: the names of {@code RatingChange}. */
  public static final String RATING_CHANGE = BASE + "CodeSystem/rating-change";

  /** The parts of the case summary: the names of {@link CaseSummaryPart}. */
  public static final String CASE_SUMMARY_PART = BASE + "CodeSystem/case-summary-part";

  /** Kinds of due work: the names of {@code TaskKind}. */
  public static final String TASK_KIND = BASE + "CodeSystem/task-kind";

  /** How a task was closed: the names of {@code TaskOutcome}. */
  public static final String TASK_OUTCOME = BASE + "CodeSystem/task-outcome";

  /** Diagnoses in scope, as recorded for an earlier episode: the names of {@code Diagnosis}. */
  public static final String DIAGNOSIS = BASE + "CodeSystem/diagnosis";

  /** Why an episode closed: the names of {@code CloseReason}. */
  public static final String CLOSE_REASON = BASE + "CodeSystem/close-reason";

  /** Residence settings: the names of {@code Residence.Setting}. */
  public static final String RESIDENCE_SETTING = BASE + "CodeSystem/residence-setting";

  /** Register operations: the names of {@code Operation}. */
  public static final String OPERATION = BASE + "CodeSystem/operation";

  /** Register roles: the names of {@code Role}. */
  public static final String ROLE = BASE + "CodeSystem/role";

  /** Access purposes: the names of {@code AccessPurpose}. */
  public static final String ACCESS_PURPOSE = BASE + "CodeSystem/access-purpose";

  /** Identifier system of agencies on the register. */
  public static final String AGENCY_ID = BASE + "Id/agency";

  /** Identifier system of professionals on the register. */
  public static final String PROFESSIONAL_ID = BASE + "Id/professional";

  /** Identifier system of users of the register (opaque user ids, never names). */
  public static final String USER_ID = BASE + "Id/user";

  /** Identifier system of hospitals (an ODS code or a local code). */
  public static final String HOSPITAL_ID = BASE + "Id/hospital";

  /** Identifier system of tasks; a C(E)TR task's id is also the review id. */
  public static final String TASK_ID = BASE + "Id/task";

  /** Identifier system of actions on an action plan. */
  public static final String ACTION_ID = BASE + "Id/action";

  /** Identifier system of C(E)TRs. */
  public static final String CETR_ID = BASE + "Id/cetr";

  /** Identifier system of register entries: one entry is one episode (EpisodeOfCare). */
  public static final String ENTRY_ID = BASE + "Id/entry";

  /** The parts of an entry's case summary, each exchanged as one CarePlan note. */
  public enum CaseSummaryPart {
    /** What is happening now. */
    CURRENT_ISSUES,
    /** What could make things worse, and how likely. */
    RISK_OF_ESCALATION,
    /** Support and interventions already tried. */
    WHAT_HAS_BEEN_TRIED,
    /** What could help further, including recommended services. */
    WHAT_COULD_HELP
  }

  /** UK Core profile URL prefix. */
  public static final String UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-";

  /**
   * The project's extension URL for a name.
   *
   * @param name the extension's name, e.g. {@code "recorded-by"}
   * @return the URL
   */
  public static String extension(String name) {
    return BASE + "StructureDefinition/" + name;
  }
}
