package org.opendsr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendsr.examples.cli.Environment;

/** {@code dsr serve} serves the register on this machine until stopped, and audits every call. */
class ServeCommandTest {

  @TempDir Path home;

  @Test
  void serve_answers_on_127_0_0_1_with_the_audited_register_until_it_is_stopped() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Environment env =
        new Environment(
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")),
            new BufferedReader(new StringReader("")),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            home,
            false);
    String db = "jdbc:h2:mem:dsr-serve-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serving =
        new Thread(() -> exit.set(new Dsr(env).run("serve", "--port", "0", "--db", db)));
    serving.start();

    Pattern served = Pattern.compile("Serving the register at (http://127\\.0\\.0\\.1:\\d+) ");
    Matcher url = served.matcher(out.toString(StandardCharsets.UTF_8));
    boolean started = url.find();
    for (int i = 0; i < 300 && !started; i++) {
      Thread.sleep(100);
      url = served.matcher(out.toString(StandardCharsets.UTF_8));
      started = url.find();
    }
    assertThat(started).as("dsr serve says where it listens").isTrue();

    HttpResponse<String> worklist =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url.group(1) + "/worklist"))
                    .header("X-DSR-User", "u-coord")
                    .header("X-DSR-Role", "DSR_COORDINATOR")
                    .header("X-DSR-Agency", "ICB-BSW")
                    .header("X-DSR-Purpose", "REGISTER_ADMINISTRATION")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(worklist.statusCode()).isEqualTo(200);

    serving.interrupt();
    serving.join(10_000);
    assertThat(serving.isAlive()).isFalse();
    assertThat(exit.get()).isZero();

    ByteArrayOutputStream audit = new ByteArrayOutputStream();
    Environment again =
        new Environment(
            env.clock(),
            new BufferedReader(new StringReader("")),
            new PrintStream(audit, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            home,
            false);
    assertThat(new Dsr(again).run("audit", "--db", db)).isZero();
    assertThat(audit.toString(StandardCharsets.UTF_8))
        .contains("u-coord")
        .contains("VIEW_WORKLIST");
  }
}
