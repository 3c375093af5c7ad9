package org.opendsr.web.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.opendsr.core.ConcurrentUpdateException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A write the register refuses because the entry changed since the caller read it is a 409 problem
 * that names the version and nothing of the entry. None of the API's three operations writes on an
 * existing entry yet, so an operation that meets a stale version stands in for one here.
 */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(StaleVersionProblemTest.StaleWrite.class)
class StaleVersionProblemTest {

  /** An API operation whose write meets the register's stale-version refusal. */
  @RestController
  static class StaleWrite {
    @PostMapping("/api/entries/{id}/stale-write")
    void write() {
      throw ConcurrentUpdateException.notAtVersion("E-000001", 7, 6);
    }
  }

  @Autowired MockMvc mvc;

  @Test
  void a_write_on_a_stale_version_is_409_naming_the_version() throws Exception {
    mvc.perform(
            post("/api/entries/{id}/stale-write", "E-000001")
                .with(httpBasic("coordinator", "change-me-demo")))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(409))
        .andExpect(jsonPath("$.violations[0].field").value("version"))
        .andExpect(jsonPath("$.instance").value("/api/entries/%7Bid%7D/stale-write"))
        .andExpect(
            jsonPath("$.detail")
                .value(org.hamcrest.Matchers.containsString("changed by someone else")));
  }
}
