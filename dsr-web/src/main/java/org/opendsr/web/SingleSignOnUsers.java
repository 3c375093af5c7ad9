package org.opendsr.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendsr.core.access.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a user signed in through OpenID Connect into a {@link SingleSignOnUser}: their claims are
 * mapped to one of the library's roles and an agency by {@link SingleSignOnProperties}. A user
 * whose claims map to no role, or to several, is signed in without one and refused every page.
 */
final class SingleSignOnUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

  private final SingleSignOnProperties props;
  private final OAuth2UserService<OidcUserRequest, OidcUser> provider;

  SingleSignOnUsers(SingleSignOnProperties props) {
    this(props, new OidcUserService());
  }

  SingleSignOnUsers(
      SingleSignOnProperties props, OAuth2UserService<OidcUserRequest, OidcUser> provider) {
    this.props = props;
    this.provider = provider;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
    OidcUser user = provider.loadUser(request);
    String nameKey =
        request
            .getClientRegistration()
            .getProviderDetails()
            .getUserInfoEndpoint()
            .getUserNameAttributeName();
    if (nameKey == null || nameKey.isBlank()) {
      nameKey = IdTokenClaimNames.SUB;
    }
    Mapped mapped = map(user.getClaims());
    List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
    mapped.role().ifPresent(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
    Object name = user.getClaims().get(props.displayNameClaim());
    return new SingleSignOnUser(
        authorities,
        user.getIdToken(),
        user.getUserInfo(),
        nameKey,
        mapped.role().orElse(null),
        mapped.agency().orElse(null),
        name instanceof String s ? s : null);
  }

  /** A role and agency from a user's claims; the role is empty unless exactly one maps. */
  record Mapped(Optional<Role> role, Optional<String> agency) {}

  /**
   * The role and agency a user's claims give.
   *
   * @param claims the ID token's and UserInfo's claims
   * @return the mapped role (empty when none or several) and agency
   */
  Mapped map(Map<String, Object> claims) {
    Set<Role> roles = new LinkedHashSet<>();
    Set<String> agenciesOfRoles = new LinkedHashSet<>();
    for (Object value : values(claims.get(props.roleClaim()))) {
      String key;
      String agency = null;
      if (value instanceof Map<?, ?> object) {
        if (props.roleField().isEmpty()) {
          continue;
        }
        key = text(object.get(props.roleField()));
        if (!props.agencyField().isEmpty()) {
          agency = text(object.get(props.agencyField()));
        }
      } else {
        key = text(value);
      }
      if (key == null || !props.roles().containsKey(key)) {
        continue;
      }
      roles.add(Role.valueOf(props.roles().get(key)));
      if (agency != null) {
        agenciesOfRoles.add(agency);
      }
    }
    // One role at a time: a user whose claims map to several is not given any, rather than the
    // widest or the first (local practice, configurable through the map).
    Optional<Role> role =
        roles.size() == 1 ? Optional.of(roles.iterator().next()) : Optional.empty();
    Optional<String> agency =
        Optional.ofNullable(
                props.agencyClaim().isEmpty() ? null : text(claims.get(props.agencyClaim())))
            .or(
                () ->
                    agenciesOfRoles.size() == 1
                        ? Optional.of(agenciesOfRoles.iterator().next())
                        : Optional.empty())
            .or(
                () ->
                    props.defaultAgency().isEmpty()
                        ? Optional.empty()
                        : Optional.of(props.defaultAgency()));
    return new Mapped(role, agency);
  }

  private static Collection<?> values(Object claim) {
    if (claim == null) {
      return List.of();
    }
    if (claim instanceof Collection<?> c) {
      return c;
    }
    if (claim instanceof String s) {
      // Some providers send several roles as one text separated by spaces or commas.
      return List.of(s.trim().split("[\\s,]+"));
    }
    return List.of(claim);
  }

  private static String text(Object o) {
    return o instanceof String s && !s.isBlank() ? s.strip() : null;
  }
}
