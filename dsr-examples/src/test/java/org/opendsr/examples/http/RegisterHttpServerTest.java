package org.opendsr.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
    DynamicSupportRegister register =
        DynamicSupportRegister.create(
            new InMemoryRegisterStore(),
            CLOCK,
            WorkingDayCalendar.englandAndWales(),
            LocalPolicy.defaults());
    server =
        RegisterHttpServer.start(
            new InetSocketAddress("127.0.0.1", 0),
            AccessControlledRegister.of(register, audit, CLOCK),
            CLOCK);
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
    HttpRequest request =
        HttpRequest.newBuilder(uri(path))
            .headers(headers)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return server.baseUri().resolve(path);
  }
}
