package org.opendsr.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.ConsentRequiredException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.CommandResult;
import org.opendsr.core.worklist.Worklist;
import org.opendsr.core.worklist.WorklistItem;
import org.opendsr.json.DsrJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The register as a small JSON-over-HTTP API, on the JDK's {@link HttpServer}.
 *
 * <p><strong>This is an example, not a hardened server.</strong> It has no TLS and no
 * authentication: the caller's identity headers are trusted as sent. Bind it to localhost only, or
 * put it behind a gateway that authenticates users and sets the headers itself.
 *
 * <h2>Caller</h2>
 *
 * Every request names its caller in headers, which become the {@link Actor} and {@link
 * AccessPurpose} that {@link AccessControlledRegister} decides and audits: {@code X-DSR-User} (user
 * id), {@code X-DSR-Role} (a {@link Role} name), {@code X-DSR-Agency} (the agency id, required for
 * professional roles), {@code X-DSR-Person-Key} (for the person or their representative) and {@code
 * X-DSR-Purpose} (an {@link AccessPurpose} name).
 *
 * <h2>Routes</h2>
 *
 * <ul>
 *   <li>{@code POST /referrals}: a {@link ReferralForm referral form}; 201 with {@code
 *       {"entryId":..,"version":..}} and a {@code Location} header.
 *   <li>{@code GET /entries/{id}}: the entry as a dsr-json {@code entry} document ({@link
 *       DsrJson}).
 *   <li>{@code GET /worklist?asOf=YYYY-MM-DD&days=N}: the caller's worklist (defaults: the
 *       register's today, 14 days).
 * </ul>
 *
 * <h2>Errors</h2>
 *
 * A JSON object {@code {"error":..,"message":..}}, never a stack trace: 400 {@code validation} with
 * {@code violations} (field and rule, never the value sent), 403 {@code access-denied}, 404 {@code
 * not-found}, 405 {@code method-not-allowed}, 409 {@code conflict} (the entry changed since it was
 * read) or {@code consent-required}, 500 {@code internal} (logged by exception type only).
 */
public final class RegisterHttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterHttpServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEFAULT_DAYS = 14;
  private static final String ENTRIES = "/entries/";

  private final HttpServer server;
  private final AccessControlledRegister register;
  private final Clock clock;

  private RegisterHttpServer(HttpServer server, AccessControlledRegister register, Clock clock) {
    this.server = server;
    this.register = register;
    this.clock = clock;
  }

  /**
   * Starts serving.
   *
   * @param address where to listen, e.g. {@code new InetSocketAddress("127.0.0.1", 0)} for a free
   *     port on localhost
   * @param register the register, with the audit trail it writes to
   * @param clock the register's clock, for the worklist's default date
   * @return the running server
   * @throws UncheckedIOException if the address cannot be bound
   */
  public static RegisterHttpServer start(
      InetSocketAddress address, AccessControlledRegister register, Clock clock) {
    Objects.requireNonNull(address, "address");
    HttpServer http;
    try {
      http = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not listen on " + address, e);
    }
    RegisterHttpServer server =
        new RegisterHttpServer(
            http,
            Objects.requireNonNull(register, "register"),
            Objects.requireNonNull(clock, "clock"));
    http.createContext("/", server::serve);
    http.start();
    return server;
  }

  /**
   * Where the server listens.
   *
   * @return e.g. {@code http://127.0.0.1:54321}
   */
  public URI baseUri() {
    InetSocketAddress bound = server.getAddress();
    return URI.create("http://" + bound.getHostString() + ":" + bound.getPort());
  }

  /** Stops serving at once. */
  @Override
  public void close() {
    server.stop(0);
  }

  // ------------------------------------------------------------------ routing

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Reply reply;
      try {
        reply = route(exchange);
      } catch (ValidationException e) {
        reply = validation(e.violations());
      } catch (AccessDeniedException e) {
        reply = error(403, "access-denied", e.getMessage());
      } catch (NotFoundException e) {
        reply = error(404, "not-found", e.getMessage());
      } catch (ConcurrentUpdateException e) {
        reply = error(409, "conflict", e.getMessage());
      } catch (ConsentRequiredException e) {
        reply = error(409, "consent-required", e.getMessage());
      } catch (RuntimeException e) {
        // The message might carry data from deep inside; log the type only.
        LOG.error("request failed with {}", e.getClass().getName());
        reply = error(500, "internal", "the request could not be completed");
      }
      send(exchange, reply);
    }
  }

  private Reply route(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    if (path.equals("/referrals")) {
      return "POST".equals(method) ? refer(exchange) : notAllowed("POST");
    }
    if (path.startsWith(ENTRIES) && path.length() > ENTRIES.length()) {
      return "GET".equals(method)
          ? entry(exchange, path.substring(ENTRIES.length()))
          : notAllowed("GET");
    }
    if (path.equals("/worklist")) {
      return "GET".equals(method) ? worklist(exchange) : notAllowed("GET");
    }
    return error(404, "not-found", "no such resource");
  }

  // ------------------------------------------------------------------ handlers

  private Reply refer(HttpExchange exchange) throws IOException {
    Caller caller = Caller.of(exchange.getRequestHeaders());
    Command.Refer refer;
    try (InputStream in = exchange.getRequestBody()) {
      refer = referral(in, caller.actor().userId());
    }
    CommandResult result = register.handle(caller.actor(), caller.purpose(), refer);
    ObjectNode created = JSON.createObjectNode();
    created.put("entryId", result.entryId().value());
    created.put("version", result.version());
    return new Reply(201, created.toString(), Optional.of(ENTRIES + result.entryId().value()));
  }

  /**
   * Binds the body of {@code POST /referrals} to a command.
   *
   * @param body the request body
   * @param userId the caller
   * @return the command
   * @throws ValidationException naming each field and rule, never a value sent
   * @throws IOException if the body cannot be read
   */
  static Command.Refer referral(InputStream body, String userId) throws IOException {
    // Read first, parse after: an IOException from parsing bytes in hand is bad input (Jackson's
    // encoding detection fails with CharConversionException, not a JsonProcessingException).
    byte[] bytes = body.readAllBytes();
    JsonNode tree;
    try {
      tree = JSON.readTree(bytes);
    } catch (IOException e) {
      throw ValidationException.of("body", "must be well-formed JSON");
    }
    if (tree == null) {
      throw ValidationException.of("body", "must be a JSON object");
    }
    return ReferralForm.read(tree, userId);
  }

  private Reply entry(HttpExchange exchange, String id) {
    Caller caller = Caller.of(exchange.getRequestHeaders());
    Entry entry = register.entry(caller.actor(), caller.purpose(), EntryId.of(id));
    return new Reply(200, DsrJson.standard().write(entry), Optional.empty());
  }

  private Reply worklist(HttpExchange exchange) {
    Caller caller = Caller.of(exchange.getRequestHeaders());
    WorklistQuery wanted = WorklistQuery.of(exchange.getRequestURI().getRawQuery(), clock);
    Worklist worklist =
        register.worklist(caller.actor(), caller.purpose(), wanted.asOf(), wanted.days());
    ObjectNode out = JSON.createObjectNode();
    out.put("asOf", worklist.asOf().toString());
    out.put("dueWithinDays", worklist.dueWithinDays());
    ArrayNode items = out.putArray("items");
    for (WorklistItem item : worklist.items()) {
      items
          .addObject()
          .put("entryId", item.entryId().value())
          .put("category", item.category().name())
          .put("itemId", item.itemId())
          .put("description", item.description())
          .put("due", item.due().toString())
          .put("overdue", item.overdue());
    }
    return new Reply(200, out.toString(), Optional.empty());
  }

  // ------------------------------------------------------------------ plumbing

  /** A response: status, JSON body and, for a creation, the new resource's path. */
  private record Reply(int status, String body, Optional<String> location) {}

  /** The parameters of {@code GET /worklist}: the day it is as of and how many days ahead. */
  record WorklistQuery(LocalDate asOf, int days) {
    /**
     * Binds the query string.
     *
     * @param rawQuery the raw query, or null
     * @param clock gives today, the default {@code asOf}
     * @throws ValidationException naming the parameter and rule, never the value sent
     */
    static WorklistQuery of(String rawQuery, Clock clock) {
      Map<String, String> query = query(rawQuery);
      LocalDate asOf = LocalDate.now(clock);
      int days = DEFAULT_DAYS;
      try {
        if (query.containsKey("asOf")) {
          asOf = LocalDate.parse(query.get("asOf"));
        }
      } catch (DateTimeParseException e) {
        throw ValidationException.of("asOf", "must be an ISO-8601 date, e.g. 2026-11-18");
      }
      try {
        if (query.containsKey("days")) {
          days = Integer.parseInt(query.get("days"));
        }
      } catch (NumberFormatException e) {
        throw ValidationException.of("days", "must be a whole number");
      }
      if (days < 0 || days > 366) {
        throw ValidationException.of("days", "must be between 0 and 366");
      }
      return new WorklistQuery(asOf, days);
    }
  }

  /** Who is calling and why, from the request's headers. */
  record Caller(Actor actor, AccessPurpose purpose) {
    /**
     * Binds the identity headers.
     *
     * @throws ValidationException naming the header and rule, never the value sent
     */
    static Caller of(Headers headers) {
      String user = headers.getFirst("X-DSR-User");
      Role role = named(Role.class, headers.getFirst("X-DSR-Role"), "X-DSR-Role");
      AccessPurpose purpose =
          named(AccessPurpose.class, headers.getFirst("X-DSR-Purpose"), "X-DSR-Purpose");
      if (user == null || user.isBlank()) {
        throw ValidationException.of("X-DSR-User", "header is required");
      }
      Actor actor =
          new Actor(
              user,
              role,
              Optional.ofNullable(headers.getFirst("X-DSR-Agency")),
              Optional.ofNullable(headers.getFirst("X-DSR-Person-Key")));
      return new Caller(actor, purpose);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, String header) {
      if (value == null) {
        throw ValidationException.of(header, "header is required");
      }
      try {
        return Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        throw ValidationException.of(
            header, "header must name one of " + List.of(type.getEnumConstants()));
      }
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw == null) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        try {
          params.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          // The decoder's message quotes the query; name the rule only.
          throw ValidationException.of("query", "has a broken percent escape");
        }
      }
    }
    return params;
  }

  private static Reply validation(List<Violation> violations) {
    ObjectNode out = JSON.createObjectNode();
    out.put("error", "validation");
    out.put("message", "the request broke " + violations.size() + " rule(s)");
    ArrayNode list = out.putArray("violations");
    for (Violation v : violations) {
      list.addObject().put("field", v.field()).put("rule", v.rule());
    }
    return new Reply(400, out.toString(), Optional.empty());
  }

  private static Reply error(int status, String error, String message) {
    ObjectNode out = JSON.createObjectNode();
    out.put("error", error);
    out.put("message", message);
    return new Reply(status, out.toString(), Optional.empty());
  }

  private static Reply notAllowed(String allowed) {
    return error(405, "method-not-allowed", "use " + allowed);
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    reply.location().ifPresent(l -> exchange.getResponseHeaders().set("Location", l));
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
