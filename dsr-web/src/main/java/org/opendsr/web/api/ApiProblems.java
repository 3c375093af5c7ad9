package org.opendsr.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.ConsentRequiredException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the JSON API as an RFC 9457 problem ({@code application/problem+json}): 400 for a
 * body that is not JSON or a bad parameter, 403 when the library's access rules refuse the call
 * (already audited by the register), 404 for an unknown entry, 409 for a conflict with the
 * register's state, 422 when a rule refuses the request. Each problem names the fields and rules in
 * {@code violations}; none repeats a value of the request, an id the caller sent or a reason of the
 * access rules. The {@code instance} is the operation's path template, so an unknown id is not
 * echoed either.
 *
 * <p>Ordered first, and limited to this package, so the pages keep their own error pages.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

  /** The media type of every problem: {@value}. */
  static final String MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  /** Created by Spring. */
  public ApiProblems() {}

  /**
   * The library's access rules refused the call; the refusal is in the audit trail.
   *
   * @param e the refusal
   * @param request the request
   * @return 403
   */
  @ExceptionHandler(AccessDeniedException.class)
  public ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
    return problem(
        HttpStatus.FORBIDDEN,
        "The register's access rules do not allow you to do this.",
        List.of(),
        request);
  }

  /**
   * No such entry: the id is not repeated.
   *
   * @param e the error
   * @param request the request
   * @return 404
   */
  @ExceptionHandler(NotFoundException.class)
  public ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, "There is no entry with that id.", List.of(), request);
  }

  /**
   * The entry changed since the caller read it; nothing was written.
   *
   * @param e the conflict
   * @param request the request
   * @return 409
   */
  @ExceptionHandler(ConcurrentUpdateException.class)
  public ResponseEntity<ProblemDetail> stale(
      ConcurrentUpdateException e, HttpServletRequest request) {
    return problem(
        HttpStatus.CONFLICT,
        "The entry was changed by someone else since you read it. Nothing was saved: read it"
            + " again and try again.",
        List.of(Violation.of("version", "must be the entry's current version")),
        request);
  }

  /**
   * A refusal the API has already named by field (a rule, or a conflict).
   *
   * @param e the refusal
   * @param request the request
   * @return 409 or 422
   */
  @ExceptionHandler(ApiRefusal.class)
  public ResponseEntity<ProblemDetail> refused(ApiRefusal e, HttpServletRequest request) {
    return problem(e.status(), e.getMessage(), e.violations(), request);
  }

  /**
   * A rule of the library refused the request.
   *
   * @param e the refusal
   * @param request the request
   * @return 422
   */
  @ExceptionHandler(ValidationException.class)
  public ResponseEntity<ProblemDetail> rule(ValidationException e, HttpServletRequest request) {
    return problem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "The request breaks a rule of the register.",
        e.violations(),
        request);
  }

  /**
   * The call needs a basis in consent (or a lawful decision) that is not in place.
   *
   * @param e the refusal, whose message names the rule and no person
   * @param request the request
   * @return 422
   */
  @ExceptionHandler(ConsentRequiredException.class)
  public ResponseEntity<ProblemDetail> consent(
      ConsentRequiredException e, HttpServletRequest request) {
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), List.of(), request);
  }

  /** Bean Validation of the body refused it: 422, each field with its rule. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Violation> violations = new ArrayList<>();
    for (FieldError f : e.getBindingResult().getFieldErrors()) {
      violations.add(Violation.of(f.getField(), f.getDefaultMessage()));
    }
    e.getBindingResult()
        .getGlobalErrors()
        .forEach(g -> violations.add(Violation.of(g.getObjectName(), g.getDefaultMessage())));
    return widen(
        problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "The request breaks a rule of the register.",
            violations,
            servletRequest(request)));
  }

  /** A parameter broke its constraint (a page below 1): 400, naming it. */
  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Violation> violations = new ArrayList<>();
    e.getParameterValidationResults()
        .forEach(
            r ->
                r.getResolvableErrors()
                    .forEach(
                        err ->
                            violations.add(
                                Violation.of(
                                    String.valueOf(r.getMethodParameter().getParameterName()),
                                    String.valueOf(err.getDefaultMessage())))));
    return widen(
        problem(
            HttpStatus.BAD_REQUEST,
            "A parameter of the request is not valid.",
            violations,
            servletRequest(request)));
  }

  /** A parameter of the wrong type (a page that is not a number, an unknown rating): 400. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = String.valueOf(e.getPropertyName());
    Class<?> type = e.getRequiredType();
    if (e instanceof MethodArgumentTypeMismatchException m) {
      name = m.getName();
      // An optional filter is wanted as its value's type: a rating, a kind of work.
      type = m.getParameter().nestedIfOptional().getNestedParameterType();
    }
    return widen(
        problem(
            HttpStatus.BAD_REQUEST,
            "A parameter of the request is not valid.",
            List.of(Violation.of(name, ruleFor(type))),
            servletRequest(request)));
  }

  /** A body that is not JSON, or a value of the wrong type: 400, naming the field if known. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Violation> violations = new ArrayList<>();
    Throwable cause = e.getCause();
    if (cause instanceof JacksonException j && !j.getPath().isEmpty()) {
      Class<?> type = cause instanceof MismatchedInputException m ? m.getTargetType() : null;
      violations.add(Violation.of(path(j), ruleFor(type)));
    } else {
      violations.add(Violation.of("body", "must be a JSON object"));
    }
    return widen(
        problem(
            HttpStatus.BAD_REQUEST,
            "The request body is not valid JSON for this operation.",
            violations,
            servletRequest(request)));
  }

  /** A path template as a URI: {@code /api/entries/%7Bid%7D}. */
  private static URI instance(String template) {
    try {
      return new URI(null, null, template, null);
    } catch (java.net.URISyntaxException e) {
      return URI.create("/api");
    }
  }

  /** The JSON path of the bad value, from the names of the fields (never the value). */
  private static String path(JacksonException j) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference r : j.getPath()) {
      if (r.getPropertyName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "body" : path.toString();
  }

  private static String ruleFor(Class<?> type) {
    if (type == null) {
      return "has the wrong type";
    }
    if (type.isEnum()) {
      return "must be one of "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
    }
    if (type == LocalDate.class) {
      return "must be a date written as YYYY-MM-DD";
    }
    if (type == int.class || type == Integer.class || type == long.class) {
      return "must be a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "must be true or false";
    }
    return "has the wrong type";
  }

  private static HttpServletRequest servletRequest(WebRequest request) {
    return ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> r) {
    return (ResponseEntity) r;
  }

  /**
   * A problem with the violations as a list of field and rule; its instance is the operation's path
   * template, never the path as sent.
   */
  static ResponseEntity<ProblemDetail> problem(
      HttpStatusCode status,
      String detail,
      List<Violation> violations,
      HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    Object template =
        request == null
            ? null
            : request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    problem.setInstance(instance(template instanceof String t ? t : "/api"));
    if (!violations.isEmpty()) {
      problem.setProperty(
          "violations",
          violations.stream().map(v -> Map.of("field", v.field(), "rule", v.rule())).toList());
    }
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
