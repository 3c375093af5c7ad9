package org.opendsr.easyread;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opendsr.consent.ConsentPolicy;

/**
 * What a local system puts in its Easy Read documents: its team's name and how to reach it, the
 * everyday names of the agencies it works with, and which sections to include.
 *
 * @param teamName the local DSR team's name as people know it, e.g. "the Swindon DSR team"
 * @param phone the team's phone number, as written for people
 * @param agencyNames everyday names by agency id, e.g. "your school"; an agency not named here is
 *     called by a name for its kind (copied)
 * @param sections the sections to include; "your choices" is always included (copied)
 * @param consentPolicy the consent policy, to decide what the person agreed to as of the date
 */
public record EasyReadSettings(
    String teamName,
    String phone,
    Map<String, String> agencyNames,
    Set<SectionKind> sections,
    ConsentPolicy consentPolicy) {

  /** Validates every part and copies the collections. */
  public EasyReadSettings {
    Objects.requireNonNull(teamName, "teamName");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(consentPolicy, "consentPolicy");
    if (teamName.isBlank() || phone.isBlank()) {
      throw new IllegalArgumentException("teamName and phone must not be blank");
    }
    agencyNames = Map.copyOf(agencyNames);
    EnumSet<SectionKind> chosen = EnumSet.noneOf(SectionKind.class);
    chosen.addAll(sections);
    // A person's right to say no and to change their mind is always told (NHS England DSR and
    // C(E)TR policy (2023)); no local setting removes it.
    chosen.add(SectionKind.YOUR_CHOICES);
    sections = Set.copyOf(chosen);
  }

  /**
   * Every section, with a team's name and phone number.
   *
   * @param teamName the team's name as people know it
   * @param phone the team's phone number
   * @return the settings
   */
  public static EasyReadSettings of(String teamName, String phone) {
    return new EasyReadSettings(
        teamName, phone, Map.of(), EnumSet.allOf(SectionKind.class), ConsentPolicy.defaults());
  }

  /**
   * These settings with everyday names for some agencies.
   *
   * @param names everyday names by agency id
   * @return new settings
   */
  public EasyReadSettings withAgencyNames(Map<String, String> names) {
    return new EasyReadSettings(teamName, phone, names, sections, consentPolicy);
  }

  /**
   * These settings with only some sections.
   *
   * @param chosen the sections to include ("your choices" stays)
   * @return new settings
   */
  public EasyReadSettings withSections(Set<SectionKind> chosen) {
    return new EasyReadSettings(teamName, phone, agencyNames, chosen, consentPolicy);
  }
}
