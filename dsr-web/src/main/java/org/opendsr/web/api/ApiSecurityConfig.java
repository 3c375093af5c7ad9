package org.opendsr.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security of the JSON API: HTTP Basic against the same configured users as the pages, stateless
 * (no session, so no cookie to forge and no CSRF token), and a 401 or 403 as a problem body rather
 * than a redirect to the sign-in page. The OpenAPI description is for signed-in users: those signed
 * in to the pages, or API callers with HTTP Basic.
 */
@Configuration
public class ApiSecurityConfig {

  /** The name of the OpenAPI security scheme the operations require. */
  static final String SCHEME = "basic";

  private static final String REALM = "Dynamic Support Register API";

  private final JsonMapper json = JsonMapper.builder().build();

  /** Created by Spring. */
  public ApiSecurityConfig() {}

  /**
   * The API's chain: before the pages' chain, for {@code /api/**} only.
   *
   * @param http Spring's builder
   * @return the chain
   * @throws Exception from Spring
   */
  @Bean
  @Order(1)
  public SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(this::unauthorised))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // No session and no cookie: a request carries its own credentials, so there is nothing
        // for a forged cross-site request to ride on.
        .csrf(c -> c.disable())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(this::unauthorised)
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            write(
                                response,
                                HttpStatus.FORBIDDEN,
                                "The register's access rules do not allow you to do this.",
                                "/api")));
    return http.build();
  }

  /**
   * The OpenAPI description's chain: signed-in users only, by their page session or HTTP Basic.
   *
   * @param http Spring's builder
   * @return the chain
   * @throws Exception from Spring
   */
  @Bean
  @Order(2)
  public SecurityFilterChain apiDocsSecurityFilterChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(this::unauthorised))
        .exceptionHandling(e -> e.authenticationEntryPoint(this::unauthorised));
    return http.build();
  }

  /**
   * What the OpenAPI description says about the API as a whole.
   *
   * @return the description's header
   */
  @Bean
  public OpenAPI dsrOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("OpenDSR register API")
                .description(
                    "Refer a person, read an entry and the worklist. Every call is decided by the"
                        + " library's access rules and audited. Errors are RFC 9457 problem"
                        + " details naming the field and rule.")
                .version("1")
                .license(new License().name("Apache-2.0")))
        .components(
            new Components()
                .addSecuritySchemes(
                    SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
  }

  private void unauthorised(
      HttpServletRequest request,
      HttpServletResponse response,
      org.springframework.security.core.AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
    write(
        response,
        HttpStatus.UNAUTHORIZED,
        "Sign in with HTTP Basic as a configured user.",
        request.getRequestURI().startsWith("/v3/") ? "/v3/api-docs" : "/api");
  }

  /** A problem written by the security filters, before Spring MVC: the fields of RFC 9457. */
  private void write(HttpServletResponse response, HttpStatus status, String detail, String at)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", at);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(json.writeValueAsBytes(problem));
  }
}
