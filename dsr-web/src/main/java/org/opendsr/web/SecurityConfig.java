package org.opendsr.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form sign-in for configured users, CSRF on every form and headers for pages with personal data.
 */
@Configuration
public class SecurityConfig {

  /** Created by Spring. */
  public SecurityConfig() {}

  /**
   * The web's security: every page needs a signed-in user except sign-in and static files.
   *
   * @param http Spring's builder
   * @return the chain
   * @throws Exception from Spring
   */
  @Bean
  public SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/sign-in",
                        "/nhsuk-frontend.min.css",
                        "/nhsuk-frontend.min.js",
                        "/js/**",
                        "/assets/**",
                        "/error")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/sign-in")
                    .loginProcessingUrl("/sign-in")
                    .defaultSuccessUrl("/worklist", true)
                    .failureUrl("/sign-in?error"))
        .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
        .exceptionHandling(e -> e.accessDeniedPage("/forbidden"))
        .headers(
            h ->
                h.contentSecurityPolicy(
                        c ->
                            c.policyDirectives(
                                "default-src 'self'; script-src 'self'; style-src 'self';"
                                    + " img-src 'self' data:; font-src 'self';"
                                    + " form-action 'self'; frame-ancestors 'none';"
                                    + " base-uri 'self'; object-src 'none'"))
                    .frameOptions(fo -> fo.deny())
                    .referrerPolicy(
                        r ->
                            r.policy(
                                org.springframework.security.web.header.writers
                                    .ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
    return http.build();
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
   * Signed-in users as the library's actors.
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
      WebUsersProperties.User u = users.get(username);
      return u == null || u.displayName() == null ? username : u.displayName();
    }
  }
}
