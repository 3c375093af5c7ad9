package org.opendsr.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * Form sign-in for configured users with a throttle on failed attempts, single sign-on through
 * OpenID Connect when a client registration is configured, CSRF on every form and headers for pages
 * with personal data.
 */
@Configuration
@EnableConfigurationProperties({SingleSignOnProperties.class, SignInThrottleProperties.class})
public class SecurityConfig {

  /** Paths anyone may request: the sign-in page, the NHS.UK frontend's files and errors. */
  static final String[] PUBLIC = {
    "/sign-in",
    "/nhsuk-frontend.min.css",
    "/nhsuk-frontend.min.js",
    "/js/**",
    "/assets/**",
    "/error"
  };

  private static final AuthenticatedAuthorizationManager<RequestAuthorizationContext> SIGNED_IN =
      AuthenticatedAuthorizationManager.authenticated();

  /** Created by Spring. */
  public SecurityConfig() {}

  /**
   * The web's security: every page needs a signed-in user with a role except sign-in and static
   * files; a user signed in through single sign-on whose claims map to no role gets the 403 page.
   * The session id changes at sign-in and the session ends at sign-out.
   *
   * @param http Spring's builder
   * @param throttle the failed sign-in counts
   * @param sso whether single sign-on is on
   * @param ssoProps how single sign-on claims map to roles
   * @param registrations the client registrations, if any
   * @param sessionCookie the session cookie's name
   * @return the chain
   * @throws Exception from Spring
   */
  @Bean
  public SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      SignInThrottle throttle,
      SingleSignOn sso,
      SingleSignOnProperties ssoProps,
      ObjectProvider<ClientRegistrationRepository> registrations,
      @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie)
      throws Exception {
    ThrottledSignIn throttled = new ThrottledSignIn(throttle);
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(PUBLIC)
                    .permitAll()
                    // Where a signed-in user without a role is sent.
                    .requestMatchers("/forbidden")
                    .authenticated()
                    .anyRequest()
                    .access(SecurityConfig::signedInWithARole))
        .formLogin(
            f ->
                f.loginPage("/sign-in")
                    .loginProcessingUrl("/sign-in")
                    .successHandler(throttled.onSuccess())
                    .failureHandler(throttled.onFailure()))
        .addFilterBefore(throttled, UsernamePasswordAuthenticationFilter.class)
        // A session id known before sign-in (planted by someone else) is worthless after it.
        .sessionManagement(m -> m.sessionFixation(f -> f.changeSessionId()))
        .logout(
            l ->
                l.logoutUrl("/sign-out")
                    .invalidateHttpSession(true)
                    .clearAuthentication(true)
                    .deleteCookies(sessionCookie)
                    .logoutSuccessHandler(signedOut(sso, registrations)))
        .exceptionHandling(e -> e.accessDeniedPage("/forbidden"))
        .headers(
            h ->
                h.contentSecurityPolicy(
                        c ->
                            c.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self';"
                                    + " img-src 'self' data:; font-src 'self';"
                                    + " form-action 'self'"
                                    + sso.endSessionOrigin().map(o -> " " + o).orElse("")
                                    + "; frame-ancestors 'none';"
                                    + " base-uri 'self'; object-src 'none'"))
                    .frameOptions(fo -> fo.deny())
                    .referrerPolicy(
                        r ->
                            r.policy(
                                org.springframework.security.web.header.writers
                                    .ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    if (sso.enabled()) {
      http.oauth2Login(
          o ->
              o.loginPage("/sign-in")
                  .defaultSuccessUrl("/worklist", true)
                  .failureUrl("/sign-in?sso-error")
                  .userInfoEndpoint(u -> u.oidcUserService(new SingleSignOnUsers(ssoProps))));
    }
    return http.build();
  }

  /**
   * Signed in, and not a single sign-on user whose claims gave no role. Form users always have a
   * role: their configuration names one.
   */
  private static AuthorizationResult signedInWithARole(
      Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
    boolean granted =
        SIGNED_IN.authorize(authentication, context).isGranted()
            && !(authentication.get().getPrincipal() instanceof SingleSignOnUser u
                && u.actor().isEmpty());
    return new AuthorizationDecision(granted);
  }

  /** After sign-out: the sign-in page, by way of the provider's own sign-out for its users. */
  private static LogoutSuccessHandler signedOut(
      SingleSignOn sso, ObjectProvider<ClientRegistrationRepository> registrations) {
    String signedOut = "/sign-in?signed-out";
    if (sso.enabled()) {
      OidcClientInitiatedLogoutSuccessHandler h =
          new OidcClientInitiatedLogoutSuccessHandler(registrations.getObject());
      h.setPostLogoutRedirectUri("{baseUrl}" + signedOut);
      h.setDefaultTargetUrl(signedOut);
      return h;
    }
    SimpleUrlLogoutSuccessHandler h = new SimpleUrlLogoutSuccessHandler();
    h.setDefaultTargetUrl(signedOut);
    return h;
  }

  /**
   * Whether single sign-on is on, and with which registration.
   *
   * @param registrations the client registrations, if any are configured
   * @param props the single sign-on settings
   * @return single sign-on, on or off
   */
  @Bean
  public SingleSignOn singleSignOn(
      ObjectProvider<ClientRegistrationRepository> registrations, SingleSignOnProperties props) {
    return SingleSignOn.of(registrations.getIfAvailable(), props);
  }

  /**
   * With single sign-on, the provider sends the browser back to the application from another site,
   * and a browser does not send a {@code SameSite=Strict} cookie with that request: the session
   * holding the sign-in's state would be lost. The session cookie is then {@code Lax}, which is
   * still not sent with another site's forms or scripts; forms keep their CSRF tokens.
   *
   * @param sso whether single sign-on is on
   * @return the customizer
   */
  @Bean
  public WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> singleSignOnSessionCookie(
      SingleSignOn sso) {
    return factory -> {
      if (sso.enabled()) {
        factory.getSettings().getSession().getCookie().setSameSite(Cookie.SameSite.LAX);
      }
    };
  }

  /**
   * The failed sign-in counts, on the system clock.
   *
   * @param props the limits
   * @return the throttle
   */
  @Bean
  public SignInThrottle signInThrottle(SignInThrottleProperties props) {
    return new SignInThrottle(props, Clock.systemUTC());
  }

  /**
   * Passwords are stored as bcrypt hashes with their {@code {bcrypt}} prefix.
   *
   * @return the encoder
   */
  @Bean
  public PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * The configured users.
   *
   * @param props the users' configuration
   * @return Spring's view of them
   */
  @Bean
  public UserDetailsService userDetailsService(WebUsersProperties props) {
    List<org.springframework.security.core.userdetails.UserDetails> users =
        props.users().stream()
            .map(
                u ->
                    User.withUsername(u.username())
                        .password(u.password())
                        .roles(Role.valueOf(u.role()).name())
                        .build())
            .toList();
    return new InMemoryUserDetailsManager(users);
  }

  /**
   * The library's actor for each configured user.
   *
   * @param props the users' configuration
   * @return actors by user name
   */
  @Bean
  public Actors actors(WebUsersProperties props) {
    Map<String, WebUsersProperties.User> byName =
        props.users().stream()
            .collect(Collectors.toMap(WebUsersProperties.User::username, Function.identity()));
    return new Actors(byName);
  }

  /**
   * Signed-in users as the library's actors: configured users by name, and the user signed in
   * through single sign-on on the current request by their subject.
   *
   * @param users configured users by name
   */
  public record Actors(Map<String, WebUsersProperties.User> users) {

    /**
     * The actor for a user name.
     *
     * @param username who signed in
     * @return the library's actor
     */
    public Actor of(String username) {
      Optional<SingleSignOnUser> sso = singleSignOnUser(username);
      if (sso.isPresent()) {
        return sso.get()
            .actor()
            .orElseThrow(
                () ->
                    new org.springframework.security.access.AccessDeniedException(
                        "no role mapped"));
      }
      WebUsersProperties.User u = users.get(username);
      if (u == null) {
        throw new org.springframework.security.access.AccessDeniedException("unknown user");
      }
      return Actor.professional(u.username(), Role.valueOf(u.role()), u.agency());
    }

    /**
     * The name shown for a user.
     *
     * @param username who signed in
     * @return the display name
     */
    public String displayName(String username) {
      Optional<SingleSignOnUser> sso = singleSignOnUser(username);
      if (sso.isPresent()) {
        return sso.get().displayName();
      }
      WebUsersProperties.User u = users.get(username);
      return u == null || u.displayName() == null ? username : u.displayName();
    }

    /** The current request's single sign-on user, if they are the one named. */
    private static Optional<SingleSignOnUser> singleSignOnUser(String username) {
      Authentication a = SecurityContextHolder.getContext().getAuthentication();
      return a != null
              && a.getPrincipal() instanceof SingleSignOnUser u
              && u.getName().equals(username)
          ? Optional.of(u)
          : Optional.empty();
    }
  }
}
