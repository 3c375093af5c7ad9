package org.opendsr.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.json.Documents.Document;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Instruments;

/**
 * Writes the public model of OpenDSR as JSON and reads it back, strictly. The entry point of this
 * module; immutable and safe to share between threads.
 *
 * <h2>Documents</h2>
 *
 * Every document is a JSON object whose first two fields say what it is: {@code version}, the
 * version of this wire format ({@value #FORMAT_VERSION}), and {@code kind}, for example:
 *
 * <pre>{@code
 * {"version":1,"kind":"rating-policy","keyworkerOfferCoversBlue":false,
 *  "keyworkerMinimumAge":0,"keyworkerMaximumAge":25}
 * }</pre>
 *
 * The fields of an object value follow; a value that is a single JSON scalar (an NHS number, a date
 * of birth, a diagnosis), or an object with a field of its own named {@code version} or {@code
 * kind} (an agency), is the document's {@code value}. Field names are the names of the Java record
 * components; a sealed type (a rule, a consent record, a purpose, a consent decision) has a {@code
 * type} naming the variant, such as {@code "consent-given"}. Dates are ISO-8601 ({@code
 * 2024-02-29}), instants ISO-8601 in UTC, periods ISO-8601 ({@code P12M}), enums by constant name,
 * NHS numbers as their ten digits. An absent optional value is left out, never written as {@code
 * null}. {@link #kinds()} lists the kinds.
 *
 * <h2>Reading</h2>
 *
 * A document is rejected with a {@link JsonFormatException} when it is not well-formed JSON, has
 * anything after its single top-level value, repeats a field in an object, has no {@code version}
 * or a version this library cannot read, is of another kind than asked for, has a field that is
 * unknown, missing, {@code null} or of the wrong JSON type, or makes a value that breaks a rule of
 * the domain (a bad NHS number, an invalid instrument). Every problem found is listed with the JSON
 * path of the bad value; no message repeats a value of the document. Paths name positions and the
 * format's own fields only: an unknown field is reported at its object with its position, an entry
 * of a map keyed by data (answers by item id) by its position ({@code answers[#2]}), and a syntax
 * error or a repeated field at {@code $} with its line and column, since a name the format does not
 * know may be input (a name, an NHS number).
 *
 * <h2>Versions</h2>
 *
 * An incompatible change to the wire format raises {@link #FORMAT_VERSION}; a reader of version
 * <i>n</i> keeps reading every earlier version it shipped with and rejects later ones.
 */
public final class DsrJson {

  /** The version of the wire format this library writes, and the newest it reads. */
  public static final int FORMAT_VERSION = 1;

  /** The ids of the instruments shipped with dsr-rating, also shipped here as JSON resources. */
  public static final List<String> SHIPPED_INSTRUMENT_IDS =
      List.of(
          Instruments.NATIONAL_DEFINITIONS_ID,
          Instruments.KEY_QUESTIONS_ID,
          Instruments.TWO_SECTION_MATRIX_ID,
          Instruments.WEIGHTED_ITEMS_ID);

  private static final String VERSION = "version";
  private static final String KIND = "kind";
  private static final String VALUE = "value";

  private static final DsrJson STANDARD = new DsrJson(false);
  private static final DsrJson PRETTY = new DsrJson(true);

  private final JsonFactory factory;
  private final ObjectWriter writer;

  private DsrJson(boolean pretty) {
    ObjectMapper mapper = JsonMapper.builder().build();
    this.factory = mapper.getFactory();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    this.writer =
        pretty
            ? mapper.writer(
                new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter))
            : mapper.writer();
  }

  /**
   * The standard wire format, written compactly on one line.
   *
   * @return the shared instance
   */
  public static DsrJson standard() {
    return STANDARD;
  }

  /**
   * The same wire format, written indented for people to read (for example an instrument kept in
   * version control). Reading is identical.
   *
   * @return the shared instance
   */
  public DsrJson withPrettyPrinting() {
    return PRETTY;
  }

  /**
   * The kinds of document this library reads and writes, such as {@code "instrument"}.
   *
   * @return kinds, in a fixed order
   */
  public List<String> kinds() {
    return Documents.ALL.stream().map(Document::kind).toList();
  }

  /**
   * The kind of document that holds values of a type.
   *
   * @param type a mapped type or a variant of one, e.g. {@code ConsentGiven.class}; not null
   * @return the kind, e.g. {@code "consent-record"}
   * @throws IllegalArgumentException if the type is not mapped
   */
  public String kindOf(Class<?> type) {
    return document(Objects.requireNonNull(type, "type")).kind();
  }

  /**
   * Writes a value as a document of its kind.
   *
   * @param value a value of a mapped type; not null
   * @return the JSON text
   * @throws IllegalArgumentException if the value's type is not mapped
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    Document<?> document = document(value.getClass());
    ObjectNode root = Codecs.NODES.objectNode();
    root.put(VERSION, FORMAT_VERSION);
    root.put(KIND, document.kind());
    writeBody(document, value, root);
    try {
      return writer.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a JSON tree could not be written", e);
    }
  }

  private static <T> void writeBody(Document<T> document, Object value, ObjectNode root) {
    T typed = document.type().cast(value);
    if (document.codec() instanceof ObjectCodec<T> object) {
      object.writeFields(typed, root);
    } else {
      root.set(VALUE, document.codec().write(typed));
    }
  }

  /**
   * Reads a document of the kind that holds {@code type}.
   *
   * @param json the JSON text; not null
   * @param type a mapped type or a variant of one, e.g. {@code Instrument.class} or {@code
   *     ConsentGiven.class}; not null
   * @param <T> the type
   * @return the value
   * @throws JsonFormatException listing every problem, each with its JSON path
   * @throws IllegalArgumentException if the type is not mapped
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    document(type);
    return type.cast(readTree(TreeReader.parse(factory, f -> f.createParser(json)), type));
  }

  /**
   * Reads a document of the kind that holds {@code type} from a stream (UTF-8, UTF-16 or UTF-32,
   * detected), which is closed afterwards.
   *
   * @param json the JSON bytes; not null
   * @param type a mapped type or a variant of one; not null
   * @param <T> the type
   * @return the value
   * @throws JsonFormatException listing every problem, each with its JSON path
   * @throws UncheckedIOException if the stream cannot be read
   * @throws IllegalArgumentException if the type is not mapped
   */
  public <T> T read(InputStream json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    document(type);
    return type.cast(readTree(TreeReader.parse(factory, f -> f.createParser(json)), type));
  }

  /**
   * Reads a document of any kind.
   *
   * @param json the JSON text; not null
   * @return the value; its class tells the kind
   * @throws JsonFormatException listing every problem, each with its JSON path
   */
  public Object read(String json) {
    Objects.requireNonNull(json, "json");
    return readTree(TreeReader.parse(factory, f -> f.createParser(json)), null);
  }

  /**
   * Writes an instrument definition.
   *
   * @param instrument the instrument; not null
   * @return the JSON text of an {@code instrument} document
   */
  public String writeInstrument(Instrument instrument) {
    return write(Objects.requireNonNull(instrument, "instrument"));
  }

  /**
   * Reads and validates an instrument definition, for example a local instrument kept as a file.
   * Everything {@link Instrument.Builder#build()} rejects is reported at the path of the item, rule
   * or contradiction concerned.
   *
   * @param json the JSON text of an {@code instrument} document; not null
   * @return the instrument, ready to decide
   * @throws JsonFormatException listing every problem, each with its JSON path
   */
  public Instrument readInstrument(String json) {
    return read(json, Instrument.class);
  }

  /**
   * Reads a local policy, for example one kept as a file by a local system. Every value the policy
   * rejects (a review interval missing for a rating, a period that is not positive, a negative
   * number of days) is reported at its path.
   *
   * @param json the JSON text of a {@code local-policy} document; not null
   * @return the policy
   * @throws JsonFormatException listing every problem, each with its JSON path
   */
  public LocalPolicy readLocalPolicy(String json) {
    return read(json, LocalPolicy.class);
  }

  /**
   * Reads one of the shipped instruments from the JSON resource of this module. It decides exactly
   * as the instrument of the same id in {@link Instruments}.
   *
   * @param id one of {@link #SHIPPED_INSTRUMENT_IDS}
   * @return the instrument
   * @throws IllegalArgumentException if the id is not one of them
   */
  public Instrument shippedInstrument(String id) {
    Objects.requireNonNull(id, "id");
    if (!SHIPPED_INSTRUMENT_IDS.contains(id)) {
      throw new IllegalArgumentException(
          "no shipped instrument has this id; shipped: " + SHIPPED_INSTRUMENT_IDS);
    }
    InputStream in = DsrJson.class.getResourceAsStream("instruments/" + id + ".json");
    if (in == null) {
      throw new IllegalStateException("the resource of shipped instrument " + id + " is missing");
    }
    return read(in, Instrument.class);
  }

  private static Document<?> document(Class<?> type) {
    return Documents.forType(type)
        .orElseThrow(
            () -> new IllegalArgumentException("no JSON mapping for type " + type.getName()));
  }

  private static Object readTree(JsonNode root, Class<?> wanted) {
    if (!root.isObject()) {
      throw Problems.single(Paths.ROOT, "must be a JSON object");
    }
    String versionPath = Paths.child(Paths.ROOT, VERSION);
    JsonNode version = root.get(VERSION);
    if (version == null) {
      throw Problems.single(versionPath, "is required");
    }
    if (!version.isIntegralNumber() || !version.canConvertToInt()) {
      throw Problems.single(versionPath, "must be a whole number");
    }
    if (version.intValue() < 1 || version.intValue() > FORMAT_VERSION) {
      throw Problems.single(
          versionPath,
          // The number read is not repeated: a ten-digit one may be an NHS number out of place.
          "is a version this library cannot read; it reads versions 1 to " + FORMAT_VERSION);
    }
    String kindPath = Paths.child(Paths.ROOT, KIND);
    JsonNode kind = root.get(KIND);
    if (kind == null) {
      throw Problems.single(kindPath, "is required");
    }
    Document<?> expected = wanted == null ? null : document(wanted);
    Document<?> document =
        kind.isTextual() ? Documents.forKind(kind.textValue()).orElse(null) : null;
    if (expected != null && document != expected) {
      throw Problems.single(kindPath, "must be " + expected.kind());
    }
    if (document == null) {
      throw Problems.single(
          kindPath,
          "must be one of "
              + Documents.ALL.stream().map(Document::kind).collect(Collectors.joining(", ")));
    }
    Problems problems = new Problems();
    In in = new In((ObjectNode) root, Paths.ROOT, problems);
    in.ignore(VERSION, KIND);
    Object value = readBody(document, in);
    in.end();
    problems.throwIfAny();
    if (value == null) {
      throw Problems.single(Paths.ROOT, "is not valid");
    }
    if (wanted != null && !wanted.isInstance(value)) {
      String variant =
          document.codec() instanceof Union<?> union
              ? union.nameOf(wanted).orElse(wanted.getSimpleName())
              : wanted.getSimpleName();
      throw Problems.single(Paths.child(Paths.ROOT, Union.TYPE), "must be " + variant);
    }
    return value;
  }

  private static Object readBody(Document<?> document, In in) {
    if (document.codec() instanceof ObjectCodec<?> object) {
      return object.readFields(in);
    }
    return in.required(VALUE, document.codec());
  }
}
