package org.opendsr.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The user name and password form's side of the {@link SignInThrottle}: a filter that refuses an
 * attempt while its user name or address is locked, before the password is checked, and the
 * handlers that count failures and clear a user name's count when its user signs in. A locked
 * attempt goes back to the sign-in page with {@code ?locked}, whether the user exists or not.
 */
final class ThrottledSignIn extends OncePerRequestFilter {

  private static final String USERNAME = "username";
  private static final String LOCKED = "/sign-in?locked";

  private final SignInThrottle throttle;
  private final RequestMatcher signIn =
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/sign-in");
  private final SimpleUrlAuthenticationFailureHandler wrong =
      new SimpleUrlAuthenticationFailureHandler("/sign-in?error");
  private final SimpleUrlAuthenticationFailureHandler locked =
      new SimpleUrlAuthenticationFailureHandler(LOCKED);
  private final SimpleUrlAuthenticationSuccessHandler signedIn;

  ThrottledSignIn(SignInThrottle throttle) {
    this.throttle = throttle;
    this.signedIn = new SimpleUrlAuthenticationSuccessHandler("/worklist");
    this.signedIn.setAlwaysUseDefaultTargetUrl(true);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (signIn.matches(request)
        && throttle.locked(request.getParameter(USERNAME), request.getRemoteAddr())) {
      response.sendRedirect(request.getContextPath() + LOCKED);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Counts the failure and shows the locked message once the limit is reached.
   *
   * @return the form's failure handler
   */
  AuthenticationFailureHandler onFailure() {
    return (HttpServletRequest request,
        HttpServletResponse response,
        AuthenticationException e) -> {
      if (throttle.failed(request.getParameter(USERNAME), request.getRemoteAddr())) {
        locked.onAuthenticationFailure(request, response, e);
      } else {
        wrong.onAuthenticationFailure(request, response, e);
      }
    };
  }

  /**
   * Clears the user name's failures and goes to the worklist.
   *
   * @return the form's success handler
   */
  AuthenticationSuccessHandler onSuccess() {
    return (request, response, authentication) -> {
      throttle.succeeded(authentication.getName());
      signedIn.onAuthenticationSuccess(request, response, authentication);
    };
  }
}
