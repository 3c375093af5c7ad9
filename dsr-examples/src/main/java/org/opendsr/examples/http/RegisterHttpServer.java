package org.opendsr.examples.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * <h2>Limits</h2>
 *
 * Requests are handled by a bounded pool of worker threads ({@link Limits#workers()}), never on the
 * thread that accepts connections, so one slow client holds at most one worker and the others keep
 * answering; connections beyond the workers wait in a bounded queue ({@link Limits#queued()}), and
 * past it the JDK server closes them. A request body must be {@code application/json} in UTF-8 (415
 * otherwise), at most {@link Limits#maxBodyBytes()} bytes (413, read no further), and arrive whole
 * within {@link Limits#bodyTimeout()} of the request reaching a worker: after that the connection
 * is closed and the worker freed. A client that sends its request line and headers slowly is not
 * covered by that deadline (the JDK server reads them before the handler runs); the JDK's own
 * {@code sun.net.httpserver.maxReqTime}, a JVM-wide system property, bounds it, and {@code dsr
 * serve} sets it when it is not set. Until then such clients can hold at most every worker, and the
 * queue.
 *
 * <h2>Errors</h2>
 *
 * A JSON object {@code {"error":..,"message":..}}, never a stack trace: 400 {@code validation} with
 * {@code violations} (field and rule, never the value sent; also a body that is not one strict JSON
 * value, with a field twice or anything after it, as {@code DsrJson} refuses them), 403 {@code
 * access-denied}, 404 {@code not-found} (never repeating the id asked for), 405 {@code
 * method-not-allowed}, 409 {@code conflict} (the entry changed since it was read) or {@code
 * consent-required}, 413 {@code too-large}, 415 {@code unsupported-media-type}, 500 {@code
 * internal} (logged by exception type only).
 */
public final class RegisterHttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterHttpServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads request bodies as strictly as {@code DsrJson} reads documents: one value and nothing
   * after it, no field twice in an object, standard JSON only (Jackson's defaults).
   */
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /**
   * The longest user id: the width of {@code dsr_audit.actor} in the register's database schema,
   * where every call is recorded.
   */
  static final int MAX_USER_ID = 200;

  /** The longest agency id: the width of {@code dsr_audit.agency_id} in the schema. */
  static final int MAX_AGENCY_ID = 60;

  /**
   * The longest person key: a person's key is their NHS number (ten digits); this leaves room for
   * another local key. Local practice, configurable here.
   */
  static final int MAX_PERSON_KEY = 64;

  /** The earliest {@code asOf} of a worklist. */
  static final LocalDate EARLIEST_AS_OF = LocalDate.of(1900, 1, 1);

  /** The latest {@code asOf} of a worklist: the last day with a four-digit year. */
  static final LocalDate LATEST_AS_OF = LocalDate.of(9999, 12, 31);

  private static final int DEFAULT_DAYS = 14;
  private static final String ENTRIES = "/entries/";

  private final HttpServer server;
  private final AccessControlledRegister register;
  private final Clock clock;
  private final Limits limits;
  private final ThreadPoolExecutor workers;
  private final ScheduledExecutorService deadlines;

  private RegisterHttpServer(
      HttpServer server, AccessControlledRegister register, Clock clock, Limits limits) {
    this.server = server;
    this.register = register;
    this.clock = clock;
    this.limits = limits;
    this.workers =
        new ThreadPoolExecutor(
            limits.workers(),
            limits.workers(),
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(limits.queued()),
            daemons("dsr-http-worker-"),
            new ThreadPoolExecutor.AbortPolicy());
    this.deadlines = Executors.newSingleThreadScheduledExecutor(daemons("dsr-http-deadline-"));
  }

  /**
   * How much of the machine one server may use, and how long and large a request may be.
   *
   * @param workers the threads that handle requests, at least 1
   * @param queued the connections that may wait for a worker, at least 1
   * @param maxBodyBytes the largest request body, in bytes, at least 1
   * @param bodyTimeout how long a worker waits for a whole request body; positive
   */
  public record Limits(int workers, int queued, int maxBodyBytes, Duration bodyTimeout) {

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is out of range
     */
    public Limits {
      Objects.requireNonNull(bodyTimeout, "bodyTimeout");
      if (workers < 1 || queued < 1 || maxBodyBytes < 1) {
        throw new IllegalArgumentException("workers, queued and maxBodyBytes must be at least 1");
      }
      if (bodyTimeout.isNegative() || bodyTimeout.isZero()) {
        throw new IllegalArgumentException("bodyTimeout must be positive");
      }
    }

    /**
     * Eight workers, 64 waiting connections, bodies up to 64 KiB arriving within 10 seconds. A
     * referral form is well under 2 KiB. Local practice, configurable.
     *
     * @return the default limits
     */
    public static Limits defaults() {
      return new Limits(8, 64, 64 * 1024, Duration.ofSeconds(10));
    }
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
    return start(address, register, clock, Limits.defaults());
  }

  /**
   * Starts serving within limits.
   *
   * @param address where to listen
   * @param register the register, with the audit trail it writes to
   * @param clock the register's clock, for the worklist's default date
   * @param limits the workers, queue, body size and body deadline
   * @return the running server
   * @throws UncheckedIOException if the address cannot be bound
   */
  public static RegisterHttpServer start(
      InetSocketAddress address, AccessControlledRegister register, Clock clock, Limits limits) {
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
            Objects.requireNonNull(clock, "clock"),
            Objects.requireNonNull(limits, "limits"));
    http.createContext("/", server::serve);
    // Handlers run on the workers, never on the thread that accepts connections.
    http.setExecutor(server.workers);
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
    workers.shutdownNow();
    deadlines.shutdownNow();
  }

  private static ThreadFactory daemons(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return work -> {
      Thread thread = new Thread(work, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  // ------------------------------------------------------------------ routing

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Reply reply;
      try {
        reply = route(exchange);
      } catch (BodyTooLargeException e) {
        reply = validation(413, "too-large", e.violations());
      } catch (ValidationException e) {
        reply = validation(400, "validation", e.violations());
      } catch (AccessDeniedException e) {
        reply = error(403, "access-denied", e.getMessage());
      } catch (NotFoundException e) {
        // The library's message names the id asked for; a caller's id is not repeated.
        reply = error(404, "not-found", "no such entry");
      } catch (ConcurrentUpdateException e) {
        reply = error(409, "conflict", e.getMessage());
      } catch (ConsentRequiredException e) {
        reply = error(409, "consent-required", e.getMessage());
      } catch (BodyNotInTimeException e) {
        // The connection was closed at the deadline: there is no one left to answer.
        LOG.warn("a request body did not arrive within {}", limits.bodyTimeout());
        return;
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
    Headers headers = exchange.getRequestHeaders();
    if (!isJson(headers.getFirst("Content-Type"))) {
      return error(
          415,
          "unsupported-media-type",
          "the body must be sent as application/json (charset utf-8, if one is named)");
    }
    String length = headers.getFirst("Content-Length");
    if (length != null && tooLong(length, limits.maxBodyBytes())) {
      throw BodyTooLargeException.over(limits.maxBodyBytes());
    }
    Caller caller = Caller.of(headers);
    byte[] body = readBody(exchange, limits);
    Command.Refer refer = referral(body, caller.actor().userId());
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
    return referral(readAtMost(body, Limits.defaults().maxBodyBytes()), userId);
  }

  /**
   * Binds a body in hand to a command.
   *
   * @param bytes the body, UTF-8 JSON
   * @param userId the caller
   * @return the command
   * @throws ValidationException naming each field and rule, never a value sent
   */
  static Command.Refer referral(byte[] bytes, String userId) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw ValidationException.of("body", "must be UTF-8 text");
    }
    JsonNode tree;
    try {
      tree = STRICT.readTree(text);
    } catch (MismatchedInputException e) {
      // Jackson's message quotes the input: only the rule is said, as DsrJson says it.
      throw ValidationException.of("body", "must be a single JSON value with nothing after it");
    } catch (JsonParseException e) {
      String original = e.getOriginalMessage();
      throw ValidationException.of(
          "body",
          original != null && original.startsWith("Duplicate field")
              ? "has a field that appears twice in one object"
              : "must be well-formed JSON");
    } catch (JsonProcessingException e) {
      throw ValidationException.of("body", "must be well-formed JSON");
    }
    if (tree == null || tree.isMissingNode()) {
      throw ValidationException.of("body", "must be a JSON object");
    }
    return ReferralForm.read(tree, userId);
  }

  /** Whether a Content-Type names JSON in UTF-8: {@code application/json}, charset optional. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].strip().equalsIgnoreCase("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
      if (parameter.startsWith("charset=")) {
        String charset = parameter.substring("charset=".length()).replace("\"", "");
        if (!charset.equals("utf-8") && !charset.equals("utf8")) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean tooLong(String contentLength, int limit) {
    try {
      return Long.parseLong(contentLength.strip()) > limit;
    } catch (NumberFormatException e) {
      // The JDK server refuses a malformed length before the handler runs.
      return false;
    }
  }

  /**
   * Reads a request body within the limits: no more than one byte past the size limit, and only
   * until the deadline, when the connection is closed so a client that trickles its body or stops
   * sending cannot keep the worker.
   */
  private byte[] readBody(HttpExchange exchange, Limits limits) throws IOException {
    ScheduledFuture<?> deadline =
        deadlines.schedule(exchange::close, limits.bodyTimeout().toMillis(), TimeUnit.MILLISECONDS);
    byte[] body;
    try {
      // Not closed here: closing the exchange drains and closes the stream.
      body = readAtMost(exchange.getRequestBody(), limits.maxBodyBytes());
    } catch (IOException e) {
      if (deadline.isDone() && !deadline.isCancelled()) {
        throw new BodyNotInTimeException();
      }
      throw e;
    } finally {
      deadline.cancel(false);
    }
    if (deadline.isDone() && !deadline.isCancelled()) {
      // Closed at the deadline just as the last bytes came: the connection is gone.
      throw new BodyNotInTimeException();
    }
    return body;
  }

  /**
   * Reads a stream to its end, but never more than one byte past the limit.
   *
   * @param in the stream
   * @param limit the most bytes allowed
   * @return the bytes
   * @throws BodyTooLargeException if the stream holds more than {@code limit} bytes
   * @throws IOException if the stream cannot be read
   */
  static byte[] readAtMost(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 8192));
    byte[] buffer = new byte[8192];
    long total = 0;
    while (true) {
      int wanted = (int) Math.min(buffer.length, limit + 1L - total);
      int n = in.read(buffer, 0, wanted);
      if (n < 0) {
        return out.toByteArray();
      }
      total += n;
      if (total > limit) {
        throw BodyTooLargeException.over(limit);
      }
      out.write(buffer, 0, n);
    }
  }

  /** A body over the size limit: refused with 413, naming the limit. */
  static final class BodyTooLargeException extends ValidationException {
    private static final long serialVersionUID = 1L;

    private BodyTooLargeException(List<Violation> violations) {
      super(violations);
    }

    static BodyTooLargeException over(int limit) {
      return new BodyTooLargeException(
          List.of(Violation.of("body", "must be at most " + limit + " bytes")));
    }
  }

  /** The body did not arrive by the deadline, and the connection was closed. */
  private static final class BodyNotInTimeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BodyNotInTimeException() {
      super("the request body did not arrive in time", null, false, false);
    }
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
      if (asOf.isBefore(EARLIEST_AS_OF) || asOf.isAfter(LATEST_AS_OF)) {
        throw ValidationException.of(
            "asOf", "must be a date from " + EARLIEST_AS_OF + " to " + LATEST_AS_OF);
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
      String agency = headers.getFirst("X-DSR-Agency");
      String personKey = headers.getFirst("X-DSR-Person-Key");
      List<Violation> tooLong = new java.util.ArrayList<>();
      atMost(tooLong, "X-DSR-User", user, MAX_USER_ID);
      atMost(tooLong, "X-DSR-Agency", agency, MAX_AGENCY_ID);
      atMost(tooLong, "X-DSR-Person-Key", personKey, MAX_PERSON_KEY);
      if (!tooLong.isEmpty()) {
        throw new ValidationException(tooLong);
      }
      Actor actor =
          new Actor(user, role, Optional.ofNullable(agency), Optional.ofNullable(personKey));
      return new Caller(actor, purpose);
    }

    private static void atMost(List<Violation> problems, String header, String value, int most) {
      if (value != null && value.length() > most) {
        problems.add(Violation.of(header, "header must be at most " + most + " characters"));
      }
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

  private static Reply validation(int status, String error, List<Violation> violations) {
    ObjectNode out = JSON.createObjectNode();
    out.put("error", error);
    out.put("message", "the request broke " + violations.size() + " rule(s)");
    ArrayNode list = out.putArray("violations");
    for (Violation v : violations) {
      list.addObject().put("field", v.field()).put("rule", v.rule());
    }
    return new Reply(status, out.toString(), Optional.empty());
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
