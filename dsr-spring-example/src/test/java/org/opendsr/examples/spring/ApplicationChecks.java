package org.opendsr.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.opendsr.core.audit.AuditTrail;

/** What an empty application gets from the starter, checked over HTTP on 127.0.0.1. */
final class ApplicationChecks {

  private ApplicationChecks() {}

  static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static void theRegisterIsHealthyAndEveryCallIsAudited(int port, AuditTrail audit)
      throws IOException, InterruptedException {
    HttpResponse<String> health = get(port, "/actuator/health/dsr");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"status\":\"UP\"")
        .contains("\"schema\":\"current\"")
        .contains("\"database\":\"reachable\"");

    int before = audit.byActor("u-1").size();
    HttpResponse<String> worklist = get(port, "/worklist");
    assertThat(worklist.statusCode()).isEqualTo(200);
    assertThat(worklist.body()).isEqualTo("[]");
    assertThat(audit.byActor("u-1")).hasSize(before + 1);
  }
}
