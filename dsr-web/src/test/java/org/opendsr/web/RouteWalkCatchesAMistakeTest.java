package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The route walk fails when someone adds a route and lets everyone reach it: here a report of
 * counts whose security chain permits all by mistake.
 */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@Import(RouteWalkCatchesAMistakeTest.Mistake.class)
class RouteWalkCatchesAMistakeTest {

  @Autowired ApplicationContext context;
  @Autowired MockMvc mvc;

  /** A new route and a chain that permits it to everyone. */
  @TestConfiguration
  static class Mistake {
    @Bean
    @Order(0)
    SecurityFilterChain permitsTheCountsToEveryone(HttpSecurity http) throws Exception {
      http.securityMatcher("/mistaken-counts/**")
          .authorizeHttpRequests(a -> a.anyRequest().permitAll());
      return http.build();
    }

    @Bean
    MistakenCounts mistakenCounts() {
      return new MistakenCounts();
    }
  }

  /** The route added by mistake. */
  @RestController
  static class MistakenCounts {
    @GetMapping("/mistaken-counts/{year}")
    String counts(@PathVariable String year) {
      return "12 people in " + year;
    }
  }

  @Test
  void a_route_permitted_to_everyone_by_mistake_is_reported_by_the_walk() throws Exception {
    List<RouteWalk.Answer> open = RouteWalk.open(context, mvc, "1");
    assertThat(open)
        .extracting(a -> a.route().pattern() + " " + a.status())
        .contains("/mistaken-counts/{year} 200");
  }
}
