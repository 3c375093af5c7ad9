package org.opendsr.examples.spring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.worklist.WorklistItem;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A whole embedding: the starter wires the register over the DataSource; this adds one page. */
@SpringBootApplication
@RestController
public class RegisterApplication {

  // Your application's signed-in user (from Spring Security) stands here.
  private static final Actor COORDINATOR = Actor.professional("u-1", Role.DSR_COORDINATOR, "ICB");

  private final AccessControlledRegister register;
  private final Clock clock;

  RegisterApplication(AccessControlledRegister register, Clock clock) {
    this.register = register;
    this.clock = clock;
  }

  // Overdue and due-soon work, checked and audited as the coordinator's call.
  @GetMapping("/worklist")
  List<WorklistItem> worklist() {
    return register
        .worklist(COORDINATOR, AccessPurpose.REGISTER_ADMINISTRATION, LocalDate.now(clock), 14)
        .items();
  }

  public static void main(String[] args) {
    SpringApplication.run(RegisterApplication.class, args);
  }
}
