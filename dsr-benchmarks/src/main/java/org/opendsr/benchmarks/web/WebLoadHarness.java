package org.opendsr.benchmarks.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed-in users driving the running web application: each user signs in through the form (the
 * session cookie and the form's CSRF token, as a browser does), then, until the time is up, opens
 * the worklist, the page of a person found on it, and the style sheet, one after another, with an
 * optional pause after each round (none by default: each user then asks as fast as it is answered).
 * The style sheet is the floor: a static file through the same server, security filters and
 * network, so the gap between it and a page is the page's own work. Requests in the warm-up are not
 * counted; requests in the measured window are, by kind, with their percentiles and throughput.
 *
 * <p>Each user is one thread of a fixed pool with its own {@link HttpClient} and cookies, on
 * 127.0.0.1. Run by {@code dsr-benchmarks/web-load.sh}; alone: {@code java -cp benchmarks.jar
 * org.opendsr.benchmarks.web.WebLoadHarness http://127.0.0.1:8080 50 30 60 report.md}.
 */
public final class WebLoadHarness {

  private static final Logger LOG = LoggerFactory.getLogger(WebLoadHarness.class);

  /** The demo users' password (application.properties of dsr-web; fictional users). */
  private static final String PASSWORD = "change-me-demo";

  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
  private static final Pattern PERSON = Pattern.compile("href=\"/people/(E-[0-9]+)\"");

  /** What is requested. */
  enum Kind {
    /** The worklist page, first page. */
    WORKLIST("/worklist"),
    /** A person's page, for a person on the worklist. */
    PERSON("/people/"),
    /** The style sheet: the floor. */
    STATIC("/nhsuk-frontend.min.css");

    final String path;

    Kind(String path) {
      this.path = path;
    }
  }

  /** The latencies one user measured, by kind, and the failures. */
  private static final class Recorder {
    final Map<Kind, List<Long>> nanos = new EnumMap<>(Kind.class);
    int failures;

    Recorder() {
      for (Kind k : Kind.values()) {
        nanos.put(k, new ArrayList<>());
      }
    }
  }

  private WebLoadHarness() {}

  /**
   * Runs the load and writes the report.
   *
   * @param args base URL, users, warm-up seconds, measured seconds, report file
   * @throws Exception if the application cannot be reached or a user cannot sign in
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 5 && args.length != 6) {
      throw new IllegalArgumentException(
          "usage: WebLoadHarness <base URL> <users> <warm-up s> <measure s> <report file>"
              + " [think ms]");
    }
    URI base = URI.create(args[0]);
    int users = Integer.parseInt(args[1]);
    Duration warmUp = Duration.ofSeconds(Long.parseLong(args[2]));
    Duration measure = Duration.ofSeconds(Long.parseLong(args[3]));
    Path report = Path.of(args[4]);
    long thinkMillis = args.length == 6 ? Long.parseLong(args[5]) : 0;

    ExecutorService pool = Executors.newFixedThreadPool(users);
    ExecutorService io = Executors.newFixedThreadPool(4);
    // Everyone signs in first (each sign-in checks a bcrypt hash, which is slow on purpose), so
    // the clock of the warm-up and the window starts only when all users are ready.
    List<Future<HttpClient>> signingIn = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      signingIn.add(
          pool.submit(
              () -> {
                HttpClient client = client(io);
                signIn(client, base);
                return client;
              }));
    }
    List<HttpClient> clients = new ArrayList<>();
    for (Future<HttpClient> f : signingIn) {
      clients.add(f.get());
    }
    int signedIn = clients.size();
    // The window is timed on the monotonic clock, as the requests are.
    long measureFrom = System.nanoTime() + warmUp.toNanos();
    long end = measureFrom + measure.toNanos();
    List<Future<Recorder>> results = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      HttpClient client = clients.get(u);
      Random random = new Random(u);
      results.add(pool.submit(() -> drive(client, base, random, measureFrom, end, thinkMillis)));
    }
    pool.shutdown();
    List<Recorder> recorders = new ArrayList<>();
    for (Future<Recorder> f : results) {
      recorders.add(f.get());
    }
    io.shutdownNow();
    pool.awaitTermination(1, TimeUnit.MINUTES);

    double window = measure.toMillis() / 1000.0;
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%d users signed in, %d s warm-up, %d s measured, mean pause %d ms, %s%n%n",
            signedIn,
            warmUp.toSeconds(),
            measure.toSeconds(),
            thinkMillis,
            base));
    out.append("| request | count | p50 ms | p95 ms | p99 ms | mean ms | requests/s |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    int failures = 0;
    for (Kind k : Kind.values()) {
      List<Long> all = new ArrayList<>();
      for (Recorder r : recorders) {
        all.addAll(r.nanos.get(k));
      }
      Percentiles p = Percentiles.of(all.stream().mapToLong(Long::longValue).toArray(), window);
      out.append(
          String.format(
              Locale.ROOT,
              "| %s `%s` | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
              k.name().toLowerCase(Locale.ROOT),
              k.path,
              p.count(),
              p.p50(),
              p.p95(),
              p.p99(),
              p.mean(),
              p.perSecond()));
    }
    for (Recorder r : recorders) {
      failures += r.failures;
    }
    out.append(String.format(Locale.ROOT, "%nFailed requests (not 200): %d%n", failures));
    Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
    LOG.info("Report written to {}", report);
  }

  private static HttpClient client(ExecutorService io) {
    CookieManager cookies = new CookieManager();
    cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
    return HttpClient.newBuilder()
        .cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .executor(io)
        .build();
  }

  /** Signs in through the form, as a browser does: the page's CSRF token, then the post. */
  private static void signIn(HttpClient client, URI base) throws IOException, InterruptedException {
    HttpResponse<String> form =
        client.send(
            HttpRequest.newBuilder(base.resolve("/sign-in")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher m = CSRF.matcher(form.body());
    if (form.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("the sign-in page has no CSRF token: " + form.statusCode());
    }
    String token = m.group(1) != null ? m.group(1) : m.group(2);
    String body =
        "username=coordinator&password="
            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    HttpResponse<String> posted =
        client.send(
            HttpRequest.newBuilder(base.resolve("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = posted.headers().firstValue("Location").orElse("");
    if (posted.statusCode() != 302 || !location.endsWith("/worklist")) {
      throw new IllegalStateException("sign-in refused: " + posted.statusCode() + " " + location);
    }
  }

  private static Recorder drive(
      HttpClient client, URI base, Random random, long measureFrom, long end, long thinkMillis)
      throws IOException, InterruptedException {
    Recorder recorder = new Recorder();
    List<String> people = new ArrayList<>();
    while (System.nanoTime() - end < 0) {
      String worklist =
          timed(client, base, Kind.WORKLIST.path, Kind.WORKLIST, recorder, measureFrom);
      if (worklist != null) {
        Matcher m = PERSON.matcher(worklist);
        people.clear();
        while (m.find()) {
          people.add(m.group(1));
        }
      }
      if (!people.isEmpty()) {
        String id = people.get(random.nextInt(people.size()));
        timed(client, base, Kind.PERSON.path + id, Kind.PERSON, recorder, measureFrom);
      }
      timed(client, base, Kind.STATIC.path, Kind.STATIC, recorder, measureFrom);
      if (thinkMillis > 0) {
        // A user reads a page before the next: a pause of up to twice the mean, drawn evenly.
        Thread.sleep((long) (random.nextDouble() * 2 * thinkMillis));
      }
    }
    return recorder;
  }

  /** One request: its body if it answered 200, and its latency if it started in the window. */
  private static String timed(
      HttpClient client, URI base, String path, Kind kind, Recorder recorder, long measureFrom)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    boolean counted = start - measureFrom >= 0;
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(base.resolve(path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    long took = System.nanoTime() - start;
    if (counted) {
      recorder.nanos.get(kind).add(took);
      if (r.statusCode() != 200) {
        recorder.failures++;
      }
    }
    return r.statusCode() == 200 ? r.body() : null;
  }
}
