package org.opendsr.examples.embedding;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.PersonDetails;

/**
 * The case-management system's own patient index: its patient ids, the details it already holds
 * about each person (NHS number included), and which register entry it opened for them. The
 * register never sees a CMS id; the CMS never keeps a second copy of the register's data. Not
 * thread-safe: a real CMS would back this with its own database.
 */
public final class CmsPatientIndex {

  private final Map<String, PersonDetails> patients = new HashMap<>();
  private final Map<String, EntryId> entries = new HashMap<>();
  private final Map<EntryId, String> patientsByEntry = new HashMap<>();

  /** Creates an empty index. */
  public CmsPatientIndex() {}

  /**
   * Adds a patient the CMS knows.
   *
   * @param cmsPatientId the CMS's own id, e.g. {@code "P-1001"}
   * @param details what the CMS holds about the person, as the register needs it
   */
  public void add(String cmsPatientId, PersonDetails details) {
    patients.put(Objects.requireNonNull(cmsPatientId, "cmsPatientId"), details);
  }

  /**
   * The details to refer a patient with.
   *
   * @param cmsPatientId the CMS's id
   * @return the person's details, NHS number included
   * @throws IllegalArgumentException if the CMS has no such patient
   */
  public PersonDetails detailsOf(String cmsPatientId) {
    PersonDetails details = patients.get(cmsPatientId);
    if (details == null) {
      throw new IllegalArgumentException("no CMS patient " + cmsPatientId);
    }
    return details;
  }

  /**
   * Remembers the register entry opened for a patient.
   *
   * @param cmsPatientId the CMS's id
   * @param entryId the register's entry
   */
  public void link(String cmsPatientId, EntryId entryId) {
    entries.put(cmsPatientId, entryId);
    patientsByEntry.put(entryId, cmsPatientId);
  }

  /**
   * The register entry of a patient.
   *
   * @param cmsPatientId the CMS's id
   * @return the entry
   * @throws IllegalArgumentException if the patient was never referred from this CMS
   */
  public EntryId entryOf(String cmsPatientId) {
    EntryId id = entries.get(cmsPatientId);
    if (id == null) {
      throw new IllegalArgumentException("CMS patient " + cmsPatientId + " is not on the register");
    }
    return id;
  }

  /**
   * The CMS patient behind a register entry.
   *
   * @param entryId the entry
   * @return the CMS's id, or empty for an entry this CMS did not open
   */
  public Optional<String> patientOf(EntryId entryId) {
    return Optional.ofNullable(patientsByEntry.get(entryId));
  }
}
