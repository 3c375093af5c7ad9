package org.opendsr.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opendsr.consent.Purpose;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DynamicSupportRegister;

/**
 * Everything the register holds about one person, as exchanged with FHIR systems: every episode
 * ({@link Entry}) of the person, oldest first, and the audit trail of calls about them.
 *
 * <p>Each episode carries what the register derived from its events: the person's details as
 * recorded for it, the referral, status, acceptance, decline reasons, closure, first contact,
 * consent history, agencies and key professionals, case summary, action plan, rating history,
 * reviews held, C(E)TRs held and refused, hospital stays, whether the person is known to the
 * keyworker service, tasks and the entry's version.
 *
 * <p>An accepted episode always holds a consent record for inclusion on the register: nobody is
 * added without a basis (NHS England DSR and C(E)TR policy (2023)).
 *
 * <p>Personal data: {@link #toString()} shows only the key and the sizes of the lists.
 *
 * @param personKey the exchange key of the person, used as the FHIR Patient id and as the prefix of
 *     every resource id: 1-40 letters, digits, hyphens or dots, free of personal data
 * @param episodes the person's entries, oldest first; not empty; all with the same NHS number
 * @param audit the audit trail of calls about the person, oldest first
 */
public record DsrRecord(String personKey, List<Entry> episodes, List<AuditRecord> audit) {

  private static final String KEY = "[A-Za-z0-9.-]{1,40}";

  /**
   * Validates the record and copies both lists.
   *
   * @throws ValidationException naming {@code personKey} when it is malformed, {@code episodes}
   *     when there are none or they belong to more than one person, and {@code
   *     episodes[i].consentRecords} when an accepted episode has no basis for inclusion
   */
  public DsrRecord {
    Objects.requireNonNull(personKey, "personKey");
    episodes = List.copyOf(episodes);
    audit = List.copyOf(audit);
    List<Violation> problems = new ArrayList<>();
    if (!personKey.matches(KEY)) {
      problems.add(
          Violation.of("personKey", "must be 1-40 letters, digits, hyphens or dots (a FHIR id)"));
    }
    if (episodes.isEmpty()) {
      problems.add(Violation.of("episodes", "must hold at least one episode"));
    } else {
      NhsNumber nhs = episodes.get(0).person().nhsNumber();
      if (episodes.stream().anyMatch(e -> !e.person().nhsNumber().equals(nhs))) {
        problems.add(Violation.of("episodes", "must all be episodes of the same person"));
      }
    }
    for (int i = 0; i < episodes.size(); i++) {
      if (!hasInclusionBasis(episodes.get(i))) {
        problems.add(
            Violation.of(
                "episodes[" + i + "].consentRecords",
                "an accepted episode must hold a record for inclusion on the register (a basis)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** Whether an episode that was accepted has a consent record for inclusion, as it must. */
  static boolean hasInclusionBasis(Entry entry) {
    return entry.acceptedOn().isEmpty()
        || entry.consentRecords().stream().anyMatch(c -> c.purpose() instanceof Purpose.Inclusion);
  }

  /**
   * A person's record as the register holds it now: every episode found by NHS number.
   *
   * @param register the register
   * @param nhsNumber the person's NHS number
   * @param personKey the exchange key to give the person (not personal data)
   * @param audit the audit trail of calls about the person, oldest first; may be empty
   * @return the record
   * @throws ValidationException if the register holds no episode of the person
   */
  public static DsrRecord fromRegister(
      DynamicSupportRegister register,
      NhsNumber nhsNumber,
      String personKey,
      List<AuditRecord> audit) {
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(nhsNumber, "nhsNumber");
    return new DsrRecord(personKey, register.episodesOf(nhsNumber), audit);
  }

  /**
   * The latest episode, whose person details the FHIR Patient carries.
   *
   * @return the last episode
   */
  public Entry latest() {
    return episodes.get(episodes.size() - 1);
  }

  /**
   * The latest episode's person, referral and consent records as a referral to a register that does
   * not hold the person yet (or whose episodes of the person are all closed). The register then
   * checks and decides the referral and opens its own tasks, as for any referral.
   *
   * @param actor the opaque id of whoever makes the referral
   * @return the command
   */
  public Command.Refer asReferral(String actor) {
    Entry latest = latest();
    return new Command.Refer(actor, latest.person(), latest.referral(), latest.consentRecords());
  }

  /** Shows the key and how much is held, nothing personal. */
  @Override
  public String toString() {
    return "DsrRecord[personKey="
        + personKey
        + ", episodes="
        + episodes.size()
        + ", audit="
        + audit.size()
        + "]";
  }
}
