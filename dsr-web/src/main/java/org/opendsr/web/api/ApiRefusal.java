package org.opendsr.web.api;

import java.util.List;
import org.opendsr.core.Violation;
import org.springframework.http.HttpStatus;

/**
 * A call the API refuses, with the status it answers and each field and rule: a rule of the
 * register (422) or a conflict with the register's state (409). Carries no value of the request.
 */
final class ApiRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final transient List<Violation> violations;

  ApiRefusal(HttpStatus status, String detail, List<Violation> violations) {
    super(detail);
    this.status = status;
    this.violations = List.copyOf(violations);
  }

  HttpStatus status() {
    return status;
  }

  List<Violation> violations() {
    return violations;
  }
}
