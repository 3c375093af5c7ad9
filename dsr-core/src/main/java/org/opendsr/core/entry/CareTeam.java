package org.opendsr.core.entry;

import java.util.List;
import java.util.Objects;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.Professional;

/**
 * The agencies and key professionals around the person, and whether the keyworker service knows
 * them.
 *
 * @param agencies agencies involved, in the order involved
 * @param professionals key professionals, in the order added
 * @param knownToKeyworkerService whether the person has been referred to the keyworker service
 */
public record CareTeam(
    List<Agency> agencies, List<Professional> professionals, boolean knownToKeyworkerService) {

  /** Copies both lists. */
  public CareTeam {
    agencies = List.copyOf(Objects.requireNonNull(agencies, "agencies"));
    professionals = List.copyOf(Objects.requireNonNull(professionals, "professionals"));
  }

  /**
   * Nobody yet.
   *
   * @return an empty care team
   */
  public static CareTeam none() {
    return new CareTeam(List.of(), List.of(), false);
  }

  /**
   * This team with other agencies.
   *
   * @param newAgencies the agencies
   * @return a new team
   */
  public CareTeam withAgencies(List<Agency> newAgencies) {
    return new CareTeam(newAgencies, professionals, knownToKeyworkerService);
  }

  /**
   * This team with other professionals.
   *
   * @param newProfessionals the professionals
   * @return a new team
   */
  public CareTeam withProfessionals(List<Professional> newProfessionals) {
    return new CareTeam(agencies, newProfessionals, knownToKeyworkerService);
  }

  /**
   * This team, with the keyworker service knowing the person or not.
   *
   * @param known whether the person has been referred to the keyworker service
   * @return a new team
   */
  public CareTeam withKnownToKeyworkerService(boolean known) {
    return new CareTeam(agencies, professionals, known);
  }
}
