package org.opendsr.examples.spring;

import org.junit.jupiter.api.Test;
import org.opendsr.core.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The example application on its default embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegisterApplicationTest {

  @LocalServerPort int port;

  @Autowired AuditTrail audit;

  @Test
  void an_application_with_only_the_starter_and_h2_has_a_healthy_audited_register()
      throws Exception {
    ApplicationChecks.theRegisterIsHealthyAndEveryCallIsAudited(port, audit);
  }
}
