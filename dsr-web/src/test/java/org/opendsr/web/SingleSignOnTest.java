package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider started on 127.0.0.1 by the test (Spring
 * Authorization Server), driven through the authorization-code flow by an HTTP client that follows
 * redirects and fills in the provider's sign-in form. The provider sends roles the way NHS Care
 * Identity Service 2 does: a list of role objects in {@code nhsid_nrbac_roles} with a role code and
 * the organisation's code.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
class SingleSignOnTest {

  /** A role code the application maps to the coordinator's role. */
  private static final String COORDINATOR_CODE = "S8000:G8000:R8000";

  /** A role code the application does not map. */
  private static final String CATERING_CODE = "S0080:G0450:R5080";

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  /** The application's port, known once it has started; the provider's client needs it. */
  private static final AtomicInteger APP_PORT = new AtomicInteger();

  private static ConfigurableApplicationContext provider;
  private static String issuer;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void singleSignOn(DynamicPropertyRegistry registry) {
    startProvider();
    registry.add("spring.security.oauth2.client.registration.cis2.client-id", () -> "dsr-web");
    registry.add(
        "spring.security.oauth2.client.registration.cis2.client-secret", () -> "provider-secret");
    registry.add("spring.security.oauth2.client.registration.cis2.scope", () -> "openid");
    registry.add("spring.security.oauth2.client.provider.cis2.issuer-uri", () -> issuer);
    registry.add("opendsr.web.sso.role-claim", () -> "nhsid_nrbac_roles");
    registry.add("opendsr.web.sso.role-field", () -> "role_code");
    registry.add("opendsr.web.sso.agency-field", () -> "org_code");
    registry.add("opendsr.web.sso.roles[" + COORDINATOR_CODE + "]", () -> "DSR_COORDINATOR");
  }

  private static synchronized void startProvider() {
    if (provider != null) {
      return;
    }
    provider =
        new SpringApplicationBuilder(Provider.class)
            .properties(
                "spring.config.name=opendsr-test-provider",
                "server.address=127.0.0.1",
                "server.port=0",
                // Cookies do not tell ports apart: the provider's session needs its own name.
                "server.servlet.session.cookie.name=PROVIDER_SESSION",
                "spring.main.banner-mode=off")
            .run();
    int providerPort = ((WebServerApplicationContext) provider).getWebServer().getPort();
    issuer = "http://127.0.0.1:" + providerPort;
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) {
      provider.close();
      provider = null;
    }
  }

  @BeforeEach
  void tellTheProviderWhereTheApplicationIs() {
    APP_PORT.set(port);
  }

  private final HttpClient browser =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .build();

  private HttpResponse<String> get(String url) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return browser.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    assertThat(m.find()).as("a form with a CSRF token on " + page.uri()).isTrue();
    return m.group(1);
  }

  private String app(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** Follows the sign-in page's button to the provider, signs in there and comes back. */
  private HttpResponse<String> signInWithCareIdentity(String user) throws Exception {
    HttpResponse<String> signIn = get(app("/sign-in"));
    Matcher button =
        Pattern.compile(
                "href=\"(/oauth2/authorization/[^\"]+)\"[^>]*>Sign in with NHS Care Identity")
            .matcher(signIn.body());
    assertThat(button.find()).as("the sign-in page offers NHS Care Identity").isTrue();
    HttpResponse<String> providerLogin = get(app(button.group(1)));
    assertThat(providerLogin.uri().toString()).startsWith(issuer + "/login");
    return post(
        issuer + "/login",
        Map.of("username", user, "password", user + "-password", "_csrf", csrf(providerLogin)));
  }

  @Test
  void a_user_whose_care_identity_role_maps_to_coordinator_sees_the_worklist_as_coordinator()
      throws Exception {
    HttpResponse<String> landed = signInWithCareIdentity("alex");

    assertThat(landed.uri().toString()).isEqualTo(app("/worklist"));
    assertThat(landed.statusCode()).isEqualTo(200);
    // A coordinator sees people's names linking to their pages, and may refer.
    assertThat(landed.body())
        .contains("Worklist")
        .contains("href=\"/people/")
        .contains("href=\"/refer\"")
        .contains("Alex Coordinator");
  }

  @Test
  void a_user_whose_care_identity_role_maps_to_no_role_gets_the_403_page_everywhere()
      throws Exception {
    HttpResponse<String> landed = signInWithCareIdentity("casey");

    assertThat(landed.uri().toString()).isEqualTo(app("/worklist"));
    assertThat(landed.statusCode()).isEqualTo(403);
    assertThat(landed.body()).contains("You do not have access").doesNotContain("href=\"/people/");
    HttpResponse<String> refer = get(app("/refer"));
    assertThat(refer.statusCode()).isEqualTo(403);
    HttpResponse<String> api = get(app("/api/worklist"));
    assertThat(api.statusCode()).as("the API takes no page session").isEqualTo(401);
  }

  @Test
  void signing_out_ends_the_application_session_and_the_provider_session() throws Exception {
    HttpResponse<String> worklist = signInWithCareIdentity("alex");
    assertThat(worklist.statusCode()).isEqualTo(200);
    assertThat(worklist.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("form-action 'self' " + issuer + ";");

    HttpResponse<String> out = post(app("/sign-out"), Map.of("_csrf", csrf(worklist)));

    assertThat(out.uri().toString()).isEqualTo(app("/sign-in?signed-out"));
    assertThat(out.body()).contains("You have signed out.");
    assertThat(get(app("/worklist")).uri().toString()).isEqualTo(app("/sign-in"));
    HttpResponse<String> again = get(app("/oauth2/authorization/cis2"));
    assertThat(again.uri().toString())
        .as("the provider asks for the password again")
        .startsWith(issuer + "/login");
  }

  @Test
  void with_single_sign_on_the_session_cookie_survives_the_providers_redirect_back()
      throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(app("/sign-in"))).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("SameSite=Lax"));
  }

  /**
   * The provider: Spring Authorization Server with OpenID Connect, two users and the application as
   * its client. Not a {@code @Configuration}, so the application's scan never picks it up.
   */
  @EnableWebSecurity
  @ImportAutoConfiguration({
    TomcatServletWebServerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
  })
  static class Provider {

    /** Each user's role objects, as NHS Care Identity Service 2 lists them. */
    private static final Map<String, List<Map<String, String>>> ROLES =
        Map.of(
            "alex",
            List.of(Map.of("person_roleid", "1", "role_code", COORDINATOR_CODE, "org_code", "RX1")),
            "casey",
            List.of(Map.of("person_roleid", "2", "role_code", CATERING_CODE, "org_code", "RX1")));

    private static final Map<String, String> NAMES =
        Map.of("alex", "Alex Coordinator", "casey", "Casey Caterer");

    @Bean
    @Order(1)
    SecurityFilterChain endpoints(HttpSecurity http) throws Exception {
      http.oauth2AuthorizationServer(
              as -> {
                http.securityMatcher(as.getEndpointsMatcher());
                as.oidc(Customizer.withDefaults());
              })
          .authorizeHttpRequests(a -> a.anyRequest().authenticated())
          .exceptionHandling(
              e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
      return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain login(HttpSecurity http) throws Exception {
      http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
          .formLogin(Customizer.withDefaults());
      return http.build();
    }

    @Bean
    UserDetailsService users() {
      return new InMemoryUserDetailsManager(
          User.withUsername("alex").password("{noop}alex-password").roles("USER").build(),
          User.withUsername("casey").password("{noop}casey-password").roles("USER").build());
    }

    @Bean
    RegisteredClientRepository clients() {
      // Built on each look-up: the application's port is known only once it has started.
      return new RegisteredClientRepository() {
        @Override
        public void save(RegisteredClient client) {
          // The provider may re-save a client after upgrading its secret's encoding; the one
          // client here is rebuilt on each look-up instead.
        }

        @Override
        public RegisteredClient findById(String id) {
          return client();
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
          return "dsr-web".equals(clientId) ? client() : null;
        }

        private RegisteredClient client() {
          String app = "http://127.0.0.1:" + APP_PORT.get();
          return RegisteredClient.withId("dsr-web-client")
              .clientId("dsr-web")
              .clientSecret("{noop}provider-secret")
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              .redirectUri(app + "/login/oauth2/code/cis2")
              .postLogoutRedirectUri(app + "/sign-in?signed-out")
              .scope(OidcScopes.OPENID)
              .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
              .build();
        }
      };
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> careIdentityClaims() {
      return context -> {
        if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
          String user = context.getPrincipal().getName();
          context.getClaims().claim("nhsid_nrbac_roles", ROLES.get(user));
          context.getClaims().claim("name", NAMES.get(user));
        }
      };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      RSAKey key =
          new RSAKey.Builder((RSAPublicKey) pair.getPublic())
              .privateKey((RSAPrivateKey) pair.getPrivate())
              .keyID(UUID.randomUUID().toString())
              .build();
      return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** Reads the provider's own access tokens at its UserInfo endpoint. */
    @Bean
    JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
      return NimbusJwtDecoder.withJwkSource(keys).build();
    }

    @Bean
    AuthorizationServerSettings settings() {
      return AuthorizationServerSettings.builder().build();
    }
  }
}
