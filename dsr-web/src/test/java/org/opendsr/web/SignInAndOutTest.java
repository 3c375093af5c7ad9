package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in and out over real HTTP against the running application: the session id changes at
 * sign-in, the session ends at sign-out, and repeated failures lock a user name for a while whether
 * or not the user exists.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1",
      "opendsr.web.sign-in-throttle.failures-per-user=3"
    })
class SignInAndOutTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

  @LocalServerPort int port;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** A browser's state: its session cookie and the last form's CSRF token. */
  private static final class Browser {
    String session;
    String csrf;
  }

  private HttpResponse<String> get(Browser b, String path) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (b.session != null) {
      r.header("Cookie", "JSESSIONID=" + b.session);
    }
    HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    remember(b, response);
    return response;
  }

  private HttpResponse<String> post(Browser b, String path, Map<String, String> form)
      throws Exception {
    Map<String, String> all = new LinkedHashMap<>(form);
    all.put("_csrf", b.csrf);
    String body =
        all.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Cookie", "JSESSIONID=" + b.session)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
    remember(b, response);
    return response;
  }

  private static void remember(Browser b, HttpResponse<String> response) {
    for (String c : response.headers().allValues("Set-Cookie")) {
      Matcher m = SESSION.matcher(c);
      if (m.find()) {
        b.session = m.group(1);
      }
    }
    Matcher m = CSRF.matcher(response.body());
    if (m.find()) {
      b.csrf = m.group(1);
    }
  }

  private static String location(HttpResponse<String> response) {
    Optional<String> l = response.headers().firstValue("Location");
    return l.map(s -> s.replaceFirst("^https?://[^/]+", "")).orElse("");
  }

  private HttpResponse<String> signIn(Browser b, String user, String password) throws Exception {
    if (b.csrf == null) {
      get(b, "/sign-in");
    }
    return post(b, "/sign-in", Map.of("username", user, "password", password));
  }

  @Test
  void the_session_id_changes_at_sign_in_and_the_old_one_gives_no_access() throws Exception {
    Browser b = new Browser();
    HttpResponse<String> page = get(b, "/sign-in");
    assertThat(page.body()).as("no single sign-on configured").doesNotContain("NHS Care Identity");
    String before = b.session;
    assertThat(before).isNotNull();

    HttpResponse<String> signedIn = signIn(b, "coordinator", "change-me-demo");

    assertThat(location(signedIn)).isEqualTo("/worklist");
    assertThat(b.session).isNotNull().isNotEqualTo(before);
    Browser planted = new Browser();
    planted.session = before;
    assertThat(location(get(planted, "/worklist"))).isEqualTo("/sign-in");
    assertThat(get(b, "/worklist").statusCode()).isEqualTo(200);
  }

  @Test
  void signing_out_ends_the_session_so_its_cookie_no_longer_gives_access() throws Exception {
    Browser b = new Browser();
    signIn(b, "clinician", "change-me-demo");
    HttpResponse<String> worklist = get(b, "/worklist");
    assertThat(worklist.statusCode()).isEqualTo(200);
    assertThat(worklist.body()).contains("Sign out");
    String signedInSession = b.session;

    HttpResponse<String> out = post(b, "/sign-out", Map.of());

    assertThat(location(out)).isEqualTo("/sign-in?signed-out");
    assertThat(out.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c -> assertThat(c).startsWith("JSESSIONID=;").contains("Expires=Thu, 01 Jan 1970"));
    Browser stale = new Browser();
    stale.session = signedInSession;
    HttpResponse<String> after = get(stale, "/worklist");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(location(after)).isEqualTo("/sign-in");
  }

  @Test
  void after_three_failures_even_the_right_password_is_refused_for_a_while() throws Exception {
    Browser b = new Browser();
    assertThat(location(signIn(b, "agency", "wrong-1"))).isEqualTo("/sign-in?error");
    assertThat(location(signIn(b, "agency", "wrong-2"))).isEqualTo("/sign-in?error");
    assertThat(location(signIn(b, "agency", "wrong-3"))).isEqualTo("/sign-in?locked");

    assertThat(location(signIn(b, "agency", "change-me-demo"))).isEqualTo("/sign-in?locked");
    assertThat(location(signIn(b, "AGENCY ", "change-me-demo"))).isEqualTo("/sign-in?locked");
    assertThat(get(b, "/sign-in?locked").body())
        .contains("There have been too many attempts to sign in. Wait 15 minutes, then try again.")
        .doesNotContain("agency");
  }

  @Test
  void a_user_name_that_does_not_exist_is_locked_the_same_way_so_nothing_is_revealed()
      throws Exception {
    Browser known = new Browser();
    Browser unknown = new Browser();
    for (int i = 1; i <= 4; i++) {
      String k = location(signIn(known, "analyst", "wrong-" + i));
      String u = location(signIn(unknown, "nobody-of-that-name", "wrong-" + i));
      assertThat(u).as("attempt %d", i).isEqualTo(k);
    }
    assertThat(location(signIn(unknown, "nobody-of-that-name", "wrong")))
        .isEqualTo("/sign-in?locked");
    Browser other = new Browser();
    assertThat(location(signIn(other, "administrator", "change-me-demo")))
        .as("another user is not locked")
        .isEqualTo("/worklist");
  }
}
