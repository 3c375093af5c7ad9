package org.opendsr.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every route the application maps, found at run time from Spring MVC's handler mappings (so a
 * controller added later is walked too), each requested without a signed-in user.
 */
final class RouteWalk {

  /**
   * The only routes anyone may reach without signing in, with why. Static files are served by
   * resource handlers, whose catch-all route is walked like any other and must stay closed except
   * for the NHS.UK frontend's files that {@link SecurityConfig#PUBLIC} lists.
   */
  static final Map<String, String> ALLOWED =
      Map.of(
          "/sign-in", "the sign-in page itself",
          "/error", "the error page a refusal or failure is shown on");

  /** Methods tried on a route that accepts any method. */
  private static final List<HttpMethod> ANY =
      List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);

  private RouteWalk() {}

  /** One method and path pattern, and where it is handled. */
  record Route(HttpMethod method, String pattern, String handler) {
    @Override
    public String toString() {
      return method + " " + pattern + " (" + handler + ")";
    }
  }

  /** What a signed-out request to a route got. */
  record Answer(Route route, String path, int status, String location) {
    @Override
    public String toString() {
      return route + " requested as " + path + " answered " + status + " " + location;
    }
  }

  /**
   * Every route of every handler mapping.
   *
   * @param context the application
   * @return the routes, sorted
   */
  static List<Route> routes(ApplicationContext context) {
    Set<String> seen = new TreeSet<>();
    List<Route> routes = new ArrayList<>();
    for (RequestMappingHandlerMapping mapping :
        context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
      mapping
          .getHandlerMethods()
          .forEach(
              (RequestMappingInfo info, org.springframework.web.method.HandlerMethod method) -> {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<HttpMethod> tried =
                    methods.isEmpty()
                        ? ANY
                        : methods.stream().map(RequestMethod::asHttpMethod).toList();
                for (String pattern : info.getPatternValues()) {
                  for (HttpMethod m : tried) {
                    if (seen.add(m + " " + pattern)) {
                      routes.add(new Route(m, pattern, method.getShortLogMessage()));
                    }
                  }
                }
              });
    }
    for (AbstractUrlHandlerMapping mapping :
        context.getBeansOfType(AbstractUrlHandlerMapping.class).values()) {
      mapping
          .getHandlerMap()
          .forEach(
              (pattern, handler) -> {
                if (seen.add(HttpMethod.GET + " " + pattern)) {
                  routes.add(
                      new Route(HttpMethod.GET, pattern, handler.getClass().getSimpleName()));
                }
              });
    }
    routes.sort(
        java.util.Comparator.comparing(Route::pattern).thenComparing(r -> r.method().name()));
    return routes;
  }

  /**
   * Requests every route not on the allow-list without a user and returns those that were not
   * refused as they should be: the pages must send the visitor to sign in, the JSON API and its
   * description must answer 401.
   *
   * @param context the application
   * @param mvc the application's MockMvc
   * @param someId a value for path variables, such as a real entry id
   * @return the routes reachable without a user, or refused the wrong way
   * @throws Exception from MockMvc
   */
  static List<Answer> open(ApplicationContext context, MockMvc mvc, String someId)
      throws Exception {
    List<Answer> open = new ArrayList<>();
    for (Route route : routes(context)) {
      if (ALLOWED.containsKey(route.pattern())) {
        continue;
      }
      String path = pathFor(route.pattern(), someId);
      MockHttpServletResponse r =
          mvc.perform(
                  request(route.method(), path)
                      .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)
                      // The token lets the request past CSRF to the sign-in check it must fail.
                      .with(csrf()))
              .andReturn()
              .getResponse();
      boolean api = path.startsWith("/api/") || path.startsWith("/v3/api-docs");
      String location = r.getHeader("Location");
      boolean refused =
          api
              ? r.getStatus() == 401
              : r.getStatus() == 302 && location != null && location.endsWith("/sign-in");
      if (!refused) {
        open.add(new Answer(route, path, r.getStatus(), location == null ? "" : location));
      }
    }
    return open;
  }

  /**
   * A path the pattern matches, its variables filled with a plausible value.
   *
   * @param pattern a path pattern
   * @param someId a real identifier to try first
   * @return the path
   * @throws IllegalStateException when no tried value fits the pattern, so the route is not
   *     silently skipped
   */
  static String pathFor(String pattern, String someId) {
    PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
    for (String value : List.of(someId, "1", "a", "x1", "2026", "2026-01-01")) {
      String path = fill(pattern, value);
      if (parsed.matches(PathContainer.parsePath(path))) {
        return path;
      }
    }
    throw new IllegalStateException("no plausible path for the route " + pattern);
  }

  /** Replaces each {variable}, {variable:regex}, {*rest}, ** and * with the value. */
  private static String fill(String pattern, String value) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{') {
        if (depth == 0) {
          out.append(value);
        }
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (depth == 0) {
        if (c == '*') {
          if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
            i++;
          }
          out.append(value);
        } else {
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
