package org.opendsr.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.Purpose;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;
import org.opendsr.rating.RecordedRating;

/**
 * Everything the register holds about one person, as exchanged with FHIR systems: who they are, the
 * diagnosis that brings them within scope, the agencies and professionals around them, their
 * consent history, rating history, time on the register, action plan, C(E)TRs and audit trail.
 *
 * <p>Lists keep their order (oldest first where the register keeps history). A record always holds
 * at least one consent record for inclusion on the register: nobody is added without a basis
 * (DOMAIN.md "Consent and capacity").
 *
 * <p>Personal data: {@link #toString()} shows only the key and the sizes of the lists.
 *
 * @param personKey the register's opaque key of the person, used as the FHIR Patient id: 1-40
 *     letters, digits, hyphens or dots
 * @param nhsNumber the person's NHS number
 * @param name the person's name
 * @param dateOfBirth the person's date of birth
 * @param residence where the person lives
 * @param diagnosis the diagnosis that brings the person within scope
 * @param agencies the agencies involved
 * @param professionals the key professionals, with contact details
 * @param consents the consent history, oldest first
 * @param ratings the rating history, oldest first
 * @param episodes the person's episodes on the register, oldest first
 * @param actionPlan the actions on the person's action plan
 * @param cetrs the C(E)TRs held, oldest first
 * @param audit the audit trail of calls about the person, oldest first
 */
public record DsrRecord(
    String personKey,
    NhsNumber nhsNumber,
    PersonName name,
    DateOfBirth dateOfBirth,
    Residence residence,
    Diagnosis diagnosis,
    List<Agency> agencies,
    List<Professional> professionals,
    List<ConsentRecord> consents,
    List<RecordedRating> ratings,
    List<RegisterEpisode> episodes,
    List<PlannedAction> actionPlan,
    List<CetrReview> cetrs,
    List<AuditRecord> audit) {

  private static final String KEY = "[A-Za-z0-9.-]{1,40}";

  /**
   * Validates the record and copies every list.
   *
   * @throws ValidationException naming {@code personKey} when it is malformed and {@code consents}
   *     when no record concerns inclusion on the register
   */
  public DsrRecord {
    Objects.requireNonNull(personKey, "personKey");
    Objects.requireNonNull(nhsNumber, "nhsNumber");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(residence, "residence");
    Objects.requireNonNull(diagnosis, "diagnosis");
    agencies = List.copyOf(agencies);
    professionals = List.copyOf(professionals);
    consents = List.copyOf(consents);
    ratings = List.copyOf(ratings);
    episodes = List.copyOf(episodes);
    actionPlan = List.copyOf(actionPlan);
    cetrs = List.copyOf(cetrs);
    audit = List.copyOf(audit);
    List<Violation> problems = new ArrayList<>();
    if (!personKey.matches(KEY)) {
      problems.add(
          Violation.of("personKey", "must be 1-40 letters, digits, hyphens or dots (a FHIR id)"));
    }
    if (consents.stream().noneMatch(c -> c.purpose() instanceof Purpose.Inclusion)) {
      problems.add(
          Violation.of("consents", "must hold a record for inclusion on the register (a basis)"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** Shows the key and how much is held, nothing personal. */
  @Override
  public String toString() {
    return "DsrRecord[personKey="
        + personKey
        + ", consents="
        + consents.size()
        + ", ratings="
        + ratings.size()
        + ", episodes="
        + episodes.size()
        + ", actions="
        + actionPlan.size()
        + ", cetrs="
        + cetrs.size()
        + ", audit="
        + audit.size()
        + "]";
  }
}
