package org.opendsr.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.opendsr.core.Violation;

/**
 * Exchanges one person's DSR record with FHIR R4 (UK Core) systems, as a Bundle of type {@code
 * collection}.
 *
 * <table>
 *   <caption>What maps to what</caption>
 *   <tr><th>register</th><th>FHIR R4</th><th>profile</th></tr>
 *   <tr><td>person, NHS number, name, date of birth, residence</td><td>Patient</td>
 *       <td>UKCore-Patient</td></tr>
 *   <tr><td>diagnosis (SNOMED CT; suspected autism as provisional)</td><td>Condition</td>
 *       <td>UKCore-Condition</td></tr>
 *   <tr><td>agencies</td><td>Organization</td><td>UKCore-Organization</td></tr>
 *   <tr><td>key professionals</td><td>Practitioner + PractitionerRole</td>
 *       <td>UKCore-Practitioner, UKCore-PractitionerRole</td></tr>
 *   <tr><td>consent records, by purpose and basis</td><td>Consent</td><td>UKCore-Consent</td></tr>
 *   <tr><td>rating (final RAG(B))</td><td>Flag</td><td>UKCore-Flag</td></tr>
 *   <tr><td>rating decision, reasons, override</td><td>RiskAssessment</td><td>base R4</td></tr>
 *   <tr><td>episode (entry): referral, status, acceptance, decline reasons, closure, first
 *       contact, keyworker flag, agencies, professionals, version</td><td>EpisodeOfCare</td>
 *       <td>UKCore-EpisodeOfCare</td></tr>
 *   <tr><td>case summary and action plan</td><td>CarePlan</td><td>UKCore-CarePlan</td></tr>
 *   <tr><td>C(E)TR held (panel, findings) or refused, DSR review, hospital stay</td>
 *       <td>Encounter</td><td>UKCore-Encounter</td></tr>
 *   <tr><td>due work</td><td>Task</td><td>UKCore-Task</td></tr>
 *   <tr><td>audit trail</td><td>AuditEvent</td><td>UKCore-AuditEvent</td></tr>
 * </table>
 *
 * <p>Codes come from {@link FhirCodes}. Export is deterministic: the same record always gives the
 * same Bundle (ids are derived from the person's key, fullUrls are name-based UUIDs). Instants
 * (override and audit times) are exchanged to the millisecond, as FHIR {@code instant} allows.
 *
 * <p>Import is all-or-nothing: it returns a complete record or throws {@link FhirImportException}
 * listing every problem; it writes nothing anywhere.
 *
 * <p>The HAPI {@link FhirContext} is expensive to build, so this class shares one per JVM.
 */
public final class FhirExchange {

  private FhirExchange() {}

  /**
   * The shared R4 context.
   *
   * @return HAPI's cached R4 context
   */
  public static FhirContext context() {
    return FhirContext.forR4Cached();
  }

  /**
   * Exports one person's record.
   *
   * @param record the record
   * @return a new Bundle of type collection, the Patient first
   */
  public static Bundle export(DsrRecord record) {
    Objects.requireNonNull(record, "record");
    return BundleWriter.write(record);
  }

  /**
   * Imports one person's record.
   *
   * @param bundle a Bundle as {@link #export} writes it
   * @return the record
   * @throws FhirImportException listing every problem found, each naming the resource and element;
   *     nothing is imported
   */
  public static DsrRecord importRecord(Bundle bundle) {
    Objects.requireNonNull(bundle, "bundle");
    try {
      return BundleReader.read(bundle);
    } catch (FhirImportException e) {
      throw e;
    } catch (RuntimeException e) {
      // The readers guard each resource; this is the last line, for the Bundle's own structure.
      // The message is not repeated in case it quotes the input.
      throw new FhirImportException(
          List.of(Violation.of("Bundle", "has an element in a shape the register cannot read")));
    }
  }

  /**
   * Exports one person's record as FHIR JSON.
   *
   * @param record the record
   * @return the Bundle as JSON
   */
  public static String toJson(DsrRecord record) {
    return parser().encodeResourceToString(export(record));
  }

  /**
   * Imports one person's record from FHIR JSON.
   *
   * @param json a Bundle as JSON
   * @return the record
   * @throws FhirImportException if the text is not an R4 Bundle, or for every problem in it
   */
  public static DsrRecord fromJson(String json) {
    Objects.requireNonNull(json, "json");
    ParseProblems problems = new ParseProblems();
    IBaseResource resource;
    try {
      resource = parser().setParserErrorHandler(problems).parseResource(json);
    } catch (RuntimeException e) {
      // HAPI fails with its own DataFormatException, but also with NullPointerException,
      // IllegalArgumentException or StringIndexOutOfBoundsException on some malformed input, and
      // its messages may quote the input, which may be personal data: say only what failed.
      throw new FhirImportException(List.of(Violation.of("Bundle", "is not valid FHIR R4 JSON")));
    }
    if (!problems.violations().isEmpty()) {
      throw new FhirImportException(problems.violations());
    }
    if (!(resource instanceof Bundle bundle)) {
      throw new FhirImportException(List.of(Violation.of("Bundle", "must be a Bundle resource")));
    }
    return importRecord(bundle);
  }

  private static IParser parser() {
    return context().newJsonParser();
  }
}
