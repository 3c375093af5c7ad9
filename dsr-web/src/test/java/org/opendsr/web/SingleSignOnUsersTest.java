package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.Role;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** How a single sign-on user's claims become one of the library's roles and an agency. */
class SingleSignOnUsersTest {

  private static SingleSignOnProperties props(
      String roleClaim,
      String roleField,
      Map<String, String> roles,
      String agencyClaim,
      String agencyField,
      String defaultAgency) {
    return new SingleSignOnProperties(
        null, roleClaim, roleField, roles, agencyClaim, agencyField, defaultAgency, null);
  }

  private static final SingleSignOnProperties PLAIN =
      props(
          null,
          null,
          Map.of("dsr-coordinator", "DSR_COORDINATOR", "dsr-clinician", "CLINICIAN"),
          null,
          null,
          "ICB");

  private static final SingleSignOnProperties CARE_IDENTITY =
      props(
          "nhsid_nrbac_roles",
          "role_code",
          Map.of("S8000:G8000:R8000", "CLINICIAN"),
          null,
          "org_code",
          "ICB");

  @Test
  void a_roles_claim_listing_one_mapped_value_gives_that_role_and_the_default_agency() {
    SingleSignOnUsers.Mapped m =
        new SingleSignOnUsers(PLAIN).map(Map.of("roles", List.of("staff", "dsr-coordinator")));
    assertThat(m.role()).contains(Role.DSR_COORDINATOR);
    assertThat(m.agency()).contains("ICB");
  }

  @Test
  void a_care_identity_role_object_gives_its_role_and_its_organisation_as_the_agency() {
    Map<String, Object> claims =
        Map.of(
            "nhsid_nrbac_roles",
            List.of(
                Map.of("person_roleid", "9", "role_code", "S8000:G8000:R8000", "org_code", "RX1")));
    SingleSignOnUsers.Mapped m = new SingleSignOnUsers(CARE_IDENTITY).map(claims);
    assertThat(m.role()).contains(Role.CLINICIAN);
    assertThat(m.agency()).contains("RX1");
  }

  @Test
  void claims_that_map_to_no_role_give_none_rather_than_a_default() {
    assertThat(new SingleSignOnUsers(PLAIN).map(Map.of("roles", List.of("canteen"))).role())
        .isEmpty();
    assertThat(new SingleSignOnUsers(PLAIN).map(Map.of()).role()).isEmpty();
    assertThat(
            new SingleSignOnUsers(CARE_IDENTITY)
                .map(Map.of("nhsid_nrbac_roles", List.of(Map.of("role_code", "R0001"))))
                .role())
        .isEmpty();
  }

  @Test
  void claims_that_map_to_two_different_roles_give_none_rather_than_guessing() {
    assertThat(
            new SingleSignOnUsers(PLAIN)
                .map(Map.of("roles", List.of("dsr-coordinator", "dsr-clinician")))
                .role())
        .isEmpty();
  }

  @Test
  void roles_sent_as_one_text_separated_by_spaces_are_read_one_by_one() {
    assertThat(new SingleSignOnUsers(PLAIN).map(Map.of("roles", "staff dsr-clinician")).role())
        .contains(Role.CLINICIAN);
  }

  @Test
  void an_agency_claim_wins_over_the_default() {
    SingleSignOnProperties p =
        props(null, null, Map.of("dsr-clinician", "CLINICIAN"), "agency", null, "ICB");
    assertThat(
            new SingleSignOnUsers(p)
                .map(Map.of("roles", List.of("dsr-clinician"), "agency", "CLDT"))
                .agency())
        .contains("CLDT");
  }

  @Test
  void a_user_without_a_role_has_no_actor_and_shows_no_claims_when_printed() {
    OidcIdToken token =
        new OidcIdToken(
            "t",
            Instant.parse("2026-03-02T09:00:00Z"),
            Instant.parse("2026-03-02T10:00:00Z"),
            Map.of("sub", "user-1", "name", "Robin Example"));
    SingleSignOnUser none =
        new SingleSignOnUser(List.of(), token, null, "sub", null, "ICB", "Robin Example");
    SingleSignOnUser clinician =
        new SingleSignOnUser(List.of(), token, null, "sub", Role.CLINICIAN, "ICB", "Robin Example");
    assertThat(none.actor()).isEmpty();
    assertThat(clinician.actor().orElseThrow().userId()).isEqualTo("user-1");
    assertThat(clinician.actor().orElseThrow().role()).isEqualTo(Role.CLINICIAN);
    assertThat(clinician.displayName()).isEqualTo("Robin Example");
    assertThat(clinician.toString()).doesNotContain("Robin");
  }

  @Test
  void a_mapping_to_a_name_that_is_not_a_professional_role_is_refused_naming_the_setting() {
    assertThatThrownBy(() -> props(null, null, Map.of("x", "SUPERUSER"), null, null, "ICB"))
        .hasMessageContaining("opendsr.web.sso.roles[x]")
        .hasMessageContaining("SUPERUSER");
    assertThatThrownBy(
            () -> props(null, null, Map.of("x", "PERSON_OR_REPRESENTATIVE"), null, null, "ICB"))
        .hasMessageContaining("opendsr.web.sso.roles[x]");
  }

  private static ClientRegistration registration(String id) {
    return ClientRegistration.withRegistrationId(id)
        .clientId("dsr-web")
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .authorizationUri("https://provider.test/authorize")
        .tokenUri("https://provider.test/token")
        .providerConfigurationMetadata(
            Map.of("end_session_endpoint", "https://provider.test:8443/logout"))
        .build();
  }

  @Test
  void single_sign_on_is_off_without_a_client_registration_and_on_with_one() {
    assertThat(SingleSignOn.of(null, PLAIN).enabled()).isFalse();
    SingleSignOn on =
        SingleSignOn.of(new InMemoryClientRegistrationRepository(registration("cis2")), PLAIN);
    assertThat(on.enabled()).isTrue();
    assertThat(on.startPath()).isEqualTo("/oauth2/authorization/cis2");
    assertThat(on.endSessionOrigin()).isEqualTo(Optional.of("https://provider.test:8443"));
  }

  @Test
  void single_sign_on_without_a_role_map_or_an_agency_or_a_choice_of_registration_is_refused() {
    InMemoryClientRegistrationRepository one =
        new InMemoryClientRegistrationRepository(registration("cis2"));
    assertThatThrownBy(() -> SingleSignOn.of(one, props(null, null, Map.of(), null, null, "ICB")))
        .hasMessageContaining("opendsr.web.sso.roles");
    assertThatThrownBy(
            () ->
                SingleSignOn.of(one, props(null, null, Map.of("a", "CLINICIAN"), null, null, null)))
        .hasMessageContaining("default-agency");
    Map<String, String> roles = new LinkedHashMap<>(Map.of("a", "CLINICIAN"));
    assertThatThrownBy(
            () ->
                SingleSignOn.of(
                    new InMemoryClientRegistrationRepository(
                        registration("cis2"), registration("other")),
                    props(null, null, roles, null, null, "ICB")))
        .hasMessageContaining("opendsr.web.sso.registration-id");
  }
}
