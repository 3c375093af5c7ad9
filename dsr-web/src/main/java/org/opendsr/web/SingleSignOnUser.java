package org.opendsr.web;

import java.util.Collection;
import java.util.Optional;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A user signed in through OpenID Connect, with the role and agency their claims map to. Their
 * name, and so their actor's user id, is the provider's stable subject identifier (or the claim the
 * client registration names), never an e-mail address that may be reused.
 */
public final class SingleSignOnUser extends DefaultOidcUser {

  private static final long serialVersionUID = 1L;

  /** Null when the user's claims map to no role: they are signed in but may use nothing. */
  private final Role role;

  private final String agency;
  private final String displayName;

  /**
   * A signed-in user.
   *
   * @param authorities Spring's authorities
   * @param idToken the ID token
   * @param userInfo the UserInfo claims, or null
   * @param nameAttributeKey the claim that names the user
   * @param role the mapped role, or null when none
   * @param agency the agency, or null when none
   * @param displayName the name shown in the header
   */
  SingleSignOnUser(
      Collection<? extends GrantedAuthority> authorities,
      OidcIdToken idToken,
      OidcUserInfo userInfo,
      String nameAttributeKey,
      Role role,
      String agency,
      String displayName) {
    super(authorities, idToken, userInfo, nameAttributeKey);
    this.role = role;
    this.agency = agency;
    this.displayName = displayName;
  }

  /**
   * The library's actor, if the user's claims gave a role and an agency.
   *
   * @return the actor, or empty when the user may use nothing
   */
  public Optional<Actor> actor() {
    return role == null || agency == null
        ? Optional.empty()
        : Optional.of(Actor.professional(getName(), role, agency));
  }

  /**
   * The name shown in the header.
   *
   * @return the display name, or the user name when the provider gave none
   */
  public String displayName() {
    return displayName == null || displayName.isBlank() ? getName() : displayName;
  }

  /** The user name and role only: no claims, which carry personal data. */
  @Override
  public String toString() {
    return "SingleSignOnUser[" + getName() + ", " + (role == null ? "no role" : role) + "]";
  }
}
