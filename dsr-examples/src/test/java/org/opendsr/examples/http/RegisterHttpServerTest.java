package org.opendsr.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.InMemoryAuditTrail;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.json.DsrJson;
import org.opendsr.json.JsonFormatException;

class RegisterHttpServerTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
  private static final Clock CLOCK =
      Clock.fixed(TODAY.atTime(10, 0).atZone(LONDON).toInstant(), LONDON);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] COORDINATOR = {
    "X-DSR-User", "u-coord", "X-DSR-Role", "DSR_COORDINATOR",
    "X-DSR-Agency", "ICB-BSW", "X-DSR-Purpose", "REGISTER_ADMINISTRATION"
  };
  private static final String[] ANALYST = {
    "X-DSR-User", "u-analyst", "X-DSR-Role", "COMMISSIONER_ANALYST",
    "X-DSR-Agency", "ICB-BSW", "X-DSR-Purpose", "COMMISSIONING"
  };
  private static final String BAD_NHS_NUMBER = "9990000017";

  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final HttpClient client = HttpClient.newHttpClient();
  private RegisterHttpServer server;

  @BeforeEach
  void start() {
    server = serverWith(RegisterHttpServer.Limits.defaults());
  }

  private RegisterHttpServer serverWith(RegisterHttpServer.Limits limits) {
    DynamicSupportRegister register =
        DynamicSupportRegister.create(
            new InMemoryRegisterStore(),
            CLOCK,
            WorkingDayCalendar.englandAndWales(),
            LocalPolicy.defaults());
    return RegisterHttpServer.start(
        new InetSocketAddress("127.0.0.1", 0),
        AccessControlledRegister.of(register, audit, CLOCK),
        CLOCK,
        limits);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_coordinator_refers_a_person_reads_the_entry_back_and_sees_first_contact_on_the_worklist()
      throws Exception {
    HttpResponse<String> created = post("/referrals", referral("9990000018"), COORDINATOR);
    assertThat(created.statusCode()).isEqualTo(201);
    String entryId = JSON.readTree(created.body()).get("entryId").asText();
    assertThat(created.headers().firstValue("Location")).contains("/entries/" + entryId);

    HttpResponse<String> entry = get("/entries/" + entryId, COORDINATOR);
    assertThat(entry.statusCode()).isEqualTo(200);
    JsonNode document = JSON.readTree(entry.body());
    assertThat(document.get("kind").asText()).isEqualTo("entry");
    assertThat(entry.body()).contains(entryId).contains("9990000018");

    HttpResponse<String> worklist = get("/worklist?asOf=2026-11-18&days=14", COORDINATOR);
    assertThat(worklist.statusCode()).isEqualTo(200);
    JsonNode items = JSON.readTree(worklist.body()).get("items");
    assertThat(items).isNotEmpty();
    assertThat(items).allSatisfy(i -> assertThat(i.get("entryId").asText()).isEqualTo(entryId));
  }

  @Test
  void an_analyst_is_refused_an_entry_with_403_and_the_refusal_is_audited() throws Exception {
    String entryId =
        JSON.readTree(post("/referrals", referral("9990000018"), COORDINATOR).body())
            .get("entryId")
            .asText();

    HttpResponse<String> refused = get("/entries/" + entryId, ANALYST);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(refused.body()).get("error").asText()).isEqualTo("access-denied");
    assertThat(refused.body()).doesNotContain("9990000018").doesNotContain("Example");
    assertThat(audit.byActor("u-analyst"))
        .extracting(AuditRecord::access)
        .containsExactly(AuditRecord.Access.DENIED);
  }

  @Test
  void a_bad_nhs_number_is_a_400_naming_the_field_and_rule_but_not_the_number() throws Exception {
    HttpResponse<String> rejected = post("/referrals", referral(BAD_NHS_NUMBER), COORDINATOR);

    assertThat(rejected.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(rejected.body());
    assertThat(body.get("error").asText()).isEqualTo("validation");
    assertThat(body.get("violations").get(0).get("field").asText()).isEqualTo("nhsNumber");
    assertThat(rejected.body()).doesNotContain(BAD_NHS_NUMBER).doesNotContain("Exception");
  }

  @Test
  void a_form_with_several_problems_lists_every_field_at_once() throws Exception {
    HttpResponse<String> rejected =
        post("/referrals", "{\"givenName\":\"Alex\",\"diagnosis\":\"NONE\"}", COORDINATOR);

    assertThat(rejected.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(rejected.body()).get("violations"))
        .extracting(v -> v.get("field").asText())
        .contains("familyName", "dateOfBirth", "nhsNumber", "diagnosis", "referrerRole");
  }

  @Test
  void an_unknown_entry_is_a_404_and_malformed_json_a_400_never_a_stack_trace() throws Exception {
    HttpResponse<String> missing = get("/entries/no-such-entry", COORDINATOR);
    HttpResponse<String> malformed = post("/referrals", "{not json", COORDINATOR);

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(missing.body() + malformed.body())
        .doesNotContain("at org.")
        .doesNotContain("Exception");
  }

  @Test
  void a_request_without_identity_headers_is_a_400() throws Exception {
    HttpResponse<String> anonymous = get("/worklist");

    assertThat(anonymous.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(anonymous.body()).get("violations").get(0).get("field").asText())
        .startsWith("X-DSR-");
  }

  @Test
  void a_body_that_is_json_null_is_a_400_not_a_500() throws Exception {
    HttpResponse<String> nothing = post("/referrals", "null", COORDINATOR);

    assertThat(nothing.statusCode()).isEqualTo(400);
  }

  @Test
  void a_body_in_a_broken_text_encoding_is_a_400_not_a_dropped_connection() throws Exception {
    // UTF-32 by its zero bytes, then a code point above U+10FFFF.
    byte[] broken = {0, 0, 0, '{', 0x0A, 0x09, 0, 0};
    HttpRequest request =
        HttpRequest.newBuilder(uri("/referrals"))
            .headers(COORDINATOR)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(broken))
            .build();

    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("violations").get(0).get("field").asText())
        .isEqualTo("body");
  }

  // ------------------------------------------------------------------ limits

  @Test
  void while_a_slow_client_holds_its_connection_mid_body_other_callers_are_answered()
      throws Exception {
    try (Socket slow = stalledMidBody(server)) {
      // A bounded load: 40 worklist requests at once, each on the register's loopback address.
      List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        answers.add(
            client.sendAsync(
                HttpRequest.newBuilder(uri("/worklist"))
                    .headers(COORDINATOR)
                    .timeout(Duration.ofSeconds(8))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString()));
      }

      CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(8, TimeUnit.SECONDS);

      assertThat(answers).allSatisfy(a -> assertThat(a.join().statusCode()).isEqualTo(200));
      assertThat(slow.isClosed()).isFalse();
    }
  }

  @Test
  void a_client_that_stops_sending_its_body_is_cut_off_at_the_deadline_and_frees_the_worker()
      throws Exception {
    server.close();
    server = serverWith(new RegisterHttpServer.Limits(1, 4, 64 * 1024, Duration.ofSeconds(1)));

    try (Socket slow = stalledMidBody(server)) {
      slow.setSoTimeout(8_000);
      int read;
      try {
        read = slow.getInputStream().read();
      } catch (SocketTimeoutException stillHeld) {
        read = -2;
      } catch (SocketException reset) {
        read = -1;
      }
      assertThat(read).as("the server closed the stalled connection").isEqualTo(-1);
    }
    // The only worker is free again.
    assertThat(get("/worklist", COORDINATOR).statusCode()).isEqualTo(200);
  }

  @Test
  void a_body_over_the_limit_is_refused_with_413_naming_the_limit() throws Exception {
    server.close();
    server = serverWith(new RegisterHttpServer.Limits(2, 4, 1024, Duration.ofSeconds(5)));
    String large = referral("9990000018").replace("Fictional Road", "x".repeat(4000));

    HttpResponse<String> refused = post("/referrals", large, COORDINATOR);

    assertThat(refused.statusCode()).isEqualTo(413);
    JsonNode body = JSON.readTree(refused.body());
    assertThat(body.get("error").asText()).isEqualTo("too-large");
    assertThat(body.get("violations").get(0).get("field").asText()).isEqualTo("body");
    assertThat(body.get("violations").get(0).get("rule").asText())
        .isEqualTo("must be at most 1024 bytes");
  }

  @Test
  void a_body_without_a_length_is_read_no_further_than_one_byte_past_the_limit() throws Exception {
    AtomicLong consumed = new AtomicLong();
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            consumed.incrementAndGet();
            return ' ';
          }
        };

    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                RegisterHttpServer.BodyTooLargeException.class,
                () -> RegisterHttpServer.readAtMost(endless, 1024)))
        .isNotNull();
    assertThat(consumed.get()).isLessThanOrEqualTo(1025);
    assertThat(RegisterHttpServer.readAtMost(new ByteArrayInputStream(new byte[1024]), 1024))
        .hasSize(1024);
  }

  @Test
  void a_body_that_is_not_json_in_utf_8_by_its_content_type_is_refused_with_415() throws Exception {
    for (String type :
        List.of(
            "text/plain",
            "application/x-www-form-urlencoded",
            "application/json; charset=ISO-8859-1")) {
      HttpResponse<String> refused = post("/referrals", referral("9990000018"), type, COORDINATOR);
      assertThat(refused.statusCode()).as(type).isEqualTo(415);
      assertThat(JSON.readTree(refused.body()).get("error").asText())
          .isEqualTo("unsupported-media-type");
    }
    HttpResponse<String> untyped =
        client.send(
            HttpRequest.newBuilder(uri("/referrals"))
                .headers(COORDINATOR)
                .POST(HttpRequest.BodyPublishers.ofString(referral("9990000018")))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(untyped.statusCode()).isEqualTo(415);

    assertThat(
            post(
                    "/referrals",
                    referral("9990000018"),
                    "application/json; charset=UTF-8",
                    COORDINATOR)
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void over_long_identity_headers_and_locality_are_a_400_naming_the_field_and_the_limit()
      throws Exception {
    String[] longUser = COORDINATOR.clone();
    longUser[1] = "u".repeat(201);
    longUser[5] = "A".repeat(61);

    HttpResponse<String> headers = get("/worklist", longUser);
    HttpResponse<String> locality =
        post(
            "/referrals",
            referral("9990000018").replace("\"Swindon\"", "\"" + "S".repeat(101) + "\""),
            COORDINATOR);

    assertThat(headers.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(headers.body()).get("violations"))
        .extracting(v -> v.get("field").asText() + " " + v.get("rule").asText())
        .containsExactly(
            "X-DSR-User header must be at most 200 characters",
            "X-DSR-Agency header must be at most 60 characters");
    assertThat(locality.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(locality.body()).get("violations"))
        .extracting(v -> v.get("field").asText() + " " + v.get("rule").asText())
        .containsExactly("locality must be at most 100 characters");
  }

  @Test
  void a_worklist_date_beyond_the_years_1900_to_9999_is_a_400_naming_the_range() throws Exception {
    HttpResponse<String> far = get("/worklist?asOf=%2B999999999-12-31", COORDINATOR);
    HttpResponse<String> early = get("/worklist?asOf=1899-12-31", COORDINATOR);

    for (HttpResponse<String> refused : List.of(far, early)) {
      assertThat(refused.statusCode()).isEqualTo(400);
      JsonNode violation = JSON.readTree(refused.body()).get("violations").get(0);
      assertThat(violation.get("field").asText()).isEqualTo("asOf");
      assertThat(violation.get("rule").asText())
          .isEqualTo("must be a date from 1900-01-01 to 9999-12-31");
    }
  }

  @Test
  void json_after_the_body_and_a_field_twice_are_refused_as_dsr_json_refuses_them()
      throws Exception {
    HttpResponse<String> trailing = post("/referrals", referral("9990000018") + " {}", COORDINATOR);
    HttpResponse<String> twice =
        post(
            "/referrals",
            referral("9990000018")
                .replace("{\"givenName\"", "{\"givenName\":\"Sam\",\"givenName\""),
            COORDINATOR);

    assertThat(trailing.statusCode()).isEqualTo(400);
    assertThat(twice.statusCode()).isEqualTo(400);
    String trailingRule = ruleOf(trailing);
    String twiceRule = ruleOf(twice);
    assertThat(dsrJsonRule("{\"version\":1} {}")).startsWith(trailingRule);
    assertThat(dsrJsonRule("{\"version\":1,\"version\":1}")).startsWith(twiceRule);
    assertThat(trailingRule).isEqualTo("must be a single JSON value with nothing after it");
    assertThat(twiceRule).isEqualTo("has a field that appears twice in one object");
  }

  @Test
  void an_unknown_entry_id_is_not_repeated_in_the_404() throws Exception {
    HttpResponse<String> missing = get("/entries/E-9434765919-Sample", COORDINATOR);

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).doesNotContain("9434765919").doesNotContain("Sample");
  }

  private static String ruleOf(HttpResponse<String> response) throws IOException {
    JsonNode violation = JSON.readTree(response.body()).get("violations").get(0);
    assertThat(violation.get("field").asText()).isEqualTo("body");
    return violation.get("rule").asText();
  }

  private static String dsrJsonRule(String json) {
    JsonFormatException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            JsonFormatException.class, () -> DsrJson.standard().read(json));
    return e.violations().get(0).rule();
  }

  /**
   * Opens a connection that sends a referral's headers and the first bytes of its body, then
   * stalls, as a slow or hostile client would.
   */
  private static Socket stalledMidBody(RegisterHttpServer server) throws IOException {
    URI base = server.baseUri();
    Socket socket = new Socket(base.getHost(), base.getPort());
    OutputStream out = socket.getOutputStream();
    String head =
        "POST /referrals HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "X-DSR-User: u-slow\r\nX-DSR-Role: DSR_COORDINATOR\r\nX-DSR-Agency: ICB-BSW\r\n"
            + "X-DSR-Purpose: REGISTER_ADMINISTRATION\r\n"
            + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"givenName\":";
    out.write(head.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  private static String referral(String nhsNumber) {
    return "{\"givenName\":\"Alex\",\"familyName\":\"Example\",\"dateOfBirth\":\"2007-05-01\","
        + "\"nhsNumber\":\""
        + nhsNumber
        + "\",\"address\":\"1 Fictional Road\",\"locality\":\"Swindon\","
        + "\"diagnosis\":\"AUTISM\",\"source\":\"PROFESSIONAL\",\"referredOn\":\"2026-11-18\","
        + "\"referrerRole\":\"community nurse\",\"referrerEmail\":\"dsr.team@example.nhs.uk\","
        + "\"consentGiven\":true}";
  }

  private HttpResponse<String> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String body, String... headers)
      throws IOException, InterruptedException {
    return post(path, body, "application/json", headers);
  }

  private HttpResponse<String> post(String path, String body, String type, String... headers)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri(path))
            .headers(headers)
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return server.baseUri().resolve(path);
  }
}
