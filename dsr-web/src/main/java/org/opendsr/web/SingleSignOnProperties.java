package org.opendsr.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opendsr.core.access.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a user signed in through OpenID Connect (for example NHS Care Identity Service 2) becomes the
 * library's actor, from {@code opendsr.web.sso.*}. Single sign-on itself is switched on by a client
 * registration under {@code spring.security.oauth2.client.registration.*}; without one these
 * settings are unused.
 *
 * <p>The role comes from the claim named by {@code role-claim}: a text, a list of texts, or a list
 * of objects whose {@code role-field} holds the value (NHS Care Identity Service 2's {@code
 * nhsid_nrbac_roles} is such a list, with the role code in {@code role_code}). Each value is looked
 * up in {@code roles}; a user whose values map to no role, or to more than one, is refused. The
 * agency is the {@code agency-claim}, else the {@code agency-field} of the object that gave the
 * role, else {@code default-agency}.
 *
 * @param registrationId the client registration to offer on the sign-in page; empty for the only
 *     one configured
 * @param roleClaim the claim holding the user's roles
 * @param roleField within a claim that lists objects, the field holding the role value; empty when
 *     the claim holds texts
 * @param roles claim values to the names of the library's roles, e.g. {@code
 *     roles[dsr-coordinator]=DSR_COORDINATOR}
 * @param agencyClaim the claim holding the user's agency; empty for none
 * @param agencyField within the object that gave the role, the field holding the agency, e.g.
 *     {@code org_code}; empty for none
 * @param defaultAgency the agency when no claim gives one; empty for none
 * @param displayNameClaim the claim holding the name shown in the header
 */
@ConfigurationProperties("opendsr.web.sso")
public record SingleSignOnProperties(
    String registrationId,
    String roleClaim,
    String roleField,
    Map<String, String> roles,
    String agencyClaim,
    String agencyField,
    String defaultAgency,
    String displayNameClaim) {

  /** Fills the defaults and checks each mapped role is one of the library's roles. */
  public SingleSignOnProperties {
    registrationId = registrationId == null ? "" : registrationId.strip();
    // The OpenID Connect convention for a list of role names (local practice, configurable).
    roleClaim = roleClaim == null || roleClaim.isBlank() ? "roles" : roleClaim.strip();
    roleField = roleField == null ? "" : roleField.strip();
    roles = roles == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(roles));
    agencyClaim = agencyClaim == null ? "" : agencyClaim.strip();
    agencyField = agencyField == null ? "" : agencyField.strip();
    defaultAgency = defaultAgency == null ? "" : defaultAgency.strip();
    // The standard OpenID Connect claim for a person's full name.
    displayNameClaim =
        displayNameClaim == null || displayNameClaim.isBlank() ? "name" : displayNameClaim.strip();
    for (Map.Entry<String, String> e : roles.entrySet()) {
      if (!isProfessionalRole(e.getValue())) {
        throw new IllegalArgumentException(
            "opendsr.web.sso.roles["
                + e.getKey()
                + "] must name one of the library's professional roles "
                + java.util.Arrays.stream(Role.values())
                    .filter(SingleSignOnProperties::isProfessional)
                    .toList()
                + ", not '"
                + e.getValue()
                + "'");
      }
    }
  }

  private static boolean isProfessionalRole(String name) {
    for (Role r : Role.values()) {
      if (r.name().equals(name) && isProfessional(r)) {
        return true;
      }
    }
    return false;
  }

  /** The person or their representative signs in to their own view, not as staff. */
  private static boolean isProfessional(Role r) {
    return r != Role.PERSON_OR_REPRESENTATIVE;
  }
}
