package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.register.AccessControlledRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Walks every route Spring MVC maps, pages and JSON API alike, found at run time so that routes
 * added later are walked too, and requests each without a user: nothing but the short allow-list
 * may be reached.
 */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class EveryRouteNeedsASignedInUserTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired Clock clock;

  private String someEntry() {
    return register
        .worklist(
            Fixtures.COORDINATOR, AccessPurpose.REGISTER_ADMINISTRATION, LocalDate.now(clock), 14)
        .items()
        .get(0)
        .entryId()
        .value();
  }

  @Test
  void no_mapped_route_but_sign_in_and_errors_is_reachable_without_signing_in() throws Exception {
    List<RouteWalk.Answer> open = RouteWalk.open(context, mvc, someEntry());
    assertThat(open).as("routes reachable without a signed-in user").isEmpty();
  }

  @Test
  void the_walk_finds_the_pages_the_api_and_its_description() {
    List<String> walked =
        RouteWalk.routes(context).stream().map(r -> r.method() + " " + r.pattern()).toList();
    assertThat(walked)
        .contains(
            "GET /worklist",
            "GET /people/{id}",
            "POST /refer",
            "GET /api/worklist",
            "POST /api/referrals",
            "GET /v3/api-docs");
  }

  @Test
  void every_route_on_the_allow_list_is_a_route_the_walk_finds() {
    List<String> patterns =
        RouteWalk.routes(context).stream().map(RouteWalk.Route::pattern).toList();
    assertThat(patterns).containsAll(RouteWalk.ALLOWED.keySet());
  }

  @Test
  void a_path_is_made_for_each_kind_of_path_variable() {
    assertThat(RouteWalk.pathFor("/people/{id}/tasks/{taskId}", "e-1"))
        .isEqualTo("/people/e-1/tasks/e-1");
    assertThat(RouteWalk.pathFor("/years/{year:[0-9]{4}}", "e-1")).isEqualTo("/years/2026");
    assertThat(RouteWalk.pathFor("/files/{*rest}", "e-1")).isEqualTo("/files/e-1");
  }
}
