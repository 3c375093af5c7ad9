package org.opendsr.web.easyread;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the local team puts in its Easy Read documents, from {@code opendsr.web.easy-read.*}.
 *
 * @param teamName the DSR team's name as people know it. Local practice, configurable: the default
 *     names no real team.
 * @param phone the team's phone number as written for people. Local practice, configurable: the
 *     default gives no number, so a booklet never sends a person to the wrong phone.
 */
@ConfigurationProperties("opendsr.web.easy-read")
public record EasyReadProperties(String teamName, String phone) {

  /** Fills in the defaults. */
  public EasyReadProperties {
    teamName = teamName == null || teamName.isBlank() ? "the DSR team" : teamName.strip();
    phone = phone == null || phone.isBlank() ? "on your letter from us" : phone.strip();
  }
}
