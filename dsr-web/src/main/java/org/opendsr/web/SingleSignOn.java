package org.opendsr.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Whether single sign-on through OpenID Connect is on, and with which client registration. It is on
 * when a client registration is configured under {@code spring.security.oauth2.client.*}; the
 * sign-in page then offers it beside the user name and password form.
 *
 * @param registration the client registration, or empty when single sign-on is off
 */
public record SingleSignOn(Optional<ClientRegistration> registration) {

  /** Off: no client registration is configured. */
  static final SingleSignOn OFF = new SingleSignOn(Optional.empty());

  /**
   * The registration to use among those configured.
   *
   * @param repository the configured registrations, or null when there are none
   * @param props the single sign-on settings
   * @return single sign-on, on or off
   * @throws IllegalStateException when the settings do not say which registration to use, or map no
   *     role, or give no way to find an agency
   */
  static SingleSignOn of(ClientRegistrationRepository repository, SingleSignOnProperties props) {
    if (repository == null) {
      return OFF;
    }
    ClientRegistration chosen;
    if (!props.registrationId().isEmpty()) {
      chosen = repository.findByRegistrationId(props.registrationId());
      if (chosen == null) {
        throw new IllegalStateException(
            "opendsr.web.sso.registration-id '"
                + props.registrationId()
                + "' names no client registration under spring.security.oauth2.client.registration");
      }
    } else {
      List<ClientRegistration> all = new ArrayList<>();
      if (repository instanceof Iterable<?> registrations) {
        for (Object r : registrations) {
          all.add((ClientRegistration) r);
        }
      }
      if (all.isEmpty()) {
        return OFF;
      }
      if (all.size() > 1) {
        throw new IllegalStateException(
            "opendsr.web.sso.registration-id must name one of the "
                + all.size()
                + " client registrations configured");
      }
      chosen = all.get(0);
    }
    if (props.roles().isEmpty()) {
      throw new IllegalStateException(
          "opendsr.web.sso.roles must map at least one value of the '"
              + props.roleClaim()
              + "' claim to a role: with none, nobody could use single sign-on");
    }
    if (props.agencyClaim().isEmpty()
        && props.agencyField().isEmpty()
        && props.defaultAgency().isEmpty()) {
      throw new IllegalStateException(
          "opendsr.web.sso needs agency-claim, agency-field or default-agency: every"
              + " professional acts for an agency");
    }
    return new SingleSignOn(Optional.of(chosen));
  }

  /**
   * Whether single sign-on is on.
   *
   * @return true when a client registration is configured
   */
  public boolean enabled() {
    return registration.isPresent();
  }

  /**
   * Where the sign-in page's single sign-on button goes: Spring Security's start of the
   * authorization-code flow.
   *
   * @return the path, or empty when single sign-on is off
   */
  public String startPath() {
    return registration.map(r -> "/oauth2/authorization/" + r.getRegistrationId()).orElse("");
  }

  /**
   * The provider's origin, which the sign-out form is redirected to so that the provider's session
   * ends too; a content security policy's {@code form-action} must allow it.
   *
   * @return the origin of the provider's end-session endpoint, if it has one
   */
  Optional<String> endSessionOrigin() {
    return registration
        .map(r -> r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
        .map(Object::toString)
        .map(URI::create)
        .filter(u -> u.getScheme() != null && u.getHost() != null)
        .map(
            u ->
                u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort()));
  }
}
