package org.opendsr.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.opendsr.problem.OpenDsrException;
import org.opendsr.problem.Problem;

/** Codecs of JSON scalars and containers, and helpers to write fields. */
final class Codecs {

  /** Creates the tree nodes written. */
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Codecs() {}

  /** A JSON string. */
  static final Codec<String> STRING =
      scalar(
          NODES::textNode, node -> node.isTextual() ? node.textValue() : null, "must be a string");

  /** A JSON integer within the range of a Java {@code int}; {@code 1.0} is not one. */
  static final Codec<Integer> INT =
      scalar(
          NODES::numberNode,
          node -> node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null,
          "must be a whole number from -2147483648 to 2147483647");

  /** A JSON integer within the range of a Java {@code long}; {@code 1.0} is not one. */
  static final Codec<Long> LONG =
      scalar(
          NODES::numberNode,
          node -> node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : null,
          "must be a whole number from -9223372036854775808 to 9223372036854775807");

  /** {@code true} or {@code false}; not {@code "true"}, not {@code 1}. */
  static final Codec<Boolean> BOOLEAN =
      scalar(
          NODES::booleanNode,
          node -> node.isBoolean() ? node.booleanValue() : null,
          "must be true or false");

  /** An ISO-8601 calendar date, {@code 2024-02-29}. */
  static final Codec<LocalDate> DATE =
      scalar(
          date -> NODES.textNode(date.toString()),
          node -> parse(node, LocalDate::parse),
          "must be a date written as YYYY-MM-DD");

  /** An ISO-8601 instant in UTC, {@code 2024-02-29T10:15:30Z}. */
  static final Codec<Instant> INSTANT =
      scalar(
          instant -> NODES.textNode(instant.toString()),
          node -> parse(node, Instant::parse),
          "must be an instant written as YYYY-MM-DDTHH:MM:SSZ");

  /** An ISO-8601 period, {@code P12M}. */
  static final Codec<Period> PERIOD =
      scalar(
          period -> NODES.textNode(period.toString()),
          node -> parse(node, Period::parse),
          "must be a period written in ISO-8601, such as P12M or P6M or P14D");

  private static <T> T parse(JsonNode node, Function<String, T> parser) {
    if (!node.isTextual()) {
      return null;
    }
    try {
      return parser.apply(node.textValue());
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A scalar: {@code reader} gives null when the node is not acceptable, then {@code rule} is
   * reported.
   */
  static <T> Codec<T> scalar(
      Function<T, JsonNode> writer, Function<JsonNode, T> reader, String rule) {
    return new Codec<>() {
      @Override
      public JsonNode write(T value) {
        return writer.apply(value);
      }

      @Override
      public T read(JsonNode node, String path, Problems problems) {
        T value = reader.apply(node);
        if (value == null) {
          problems.add(path, rule);
        }
        return value;
      }
    };
  }

  /** An enum constant written by its name; the name must match exactly. */
  @SuppressWarnings("unchecked") // ENUMERATIONS holds, for each enum type, a codec of that type
  static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    return (Codec<E>) ENUMERATIONS.get(type);
  }

  /**
   * One codec per enum type, built on first use: codecs call {@link #enumeration} as they write and
   * read each value, so building its table of names each time cost more than the value itself.
   */
  private static final ClassValue<Codec<?>> ENUMERATIONS =
      new ClassValue<>() {
        @Override
        protected Codec<?> computeValue(Class<?> type) {
          Map<String, Object> byName = new LinkedHashMap<>();
          for (Object constant : type.getEnumConstants()) {
            byName.put(((Enum<?>) constant).name(), constant);
          }
          String rule = "must be one of " + String.join(", ", byName.keySet());
          return scalar(
              constant -> NODES.textNode(((Enum<?>) constant).name()),
              node -> node.isTextual() ? byName.get(node.textValue()) : null,
              rule);
        }
      };

  /**
   * A domain value made from a simpler one; a domain rule broken on construction is reported at the
   * value's path, and any other exception propagates as the bug it is.
   */
  static <A, T> Codec<T> mapped(Codec<A> base, Function<A, T> constructor, Function<T, A> part) {
    return new Codec<>() {
      @Override
      public JsonNode write(T value) {
        return base.write(part.apply(value));
      }

      @Override
      public T read(JsonNode node, String path, Problems problems) {
        A raw = base.read(node, path, problems);
        if (raw == null) {
          return null;
        }
        try {
          return constructor.apply(raw);
        } catch (OpenDsrException e) {
          // The value is the field: its rules are reported at its path. Anything else is a bug.
          for (Problem problem : e.problems()) {
            problems.add(path, problem.rule());
          }
          return null;
        }
      }
    };
  }

  /** A JSON array of values, none of them null. */
  static <T> Codec<List<T>> list(Codec<T> element) {
    return new Codec<>() {
      @Override
      public JsonNode write(List<T> values) {
        ArrayNode array = NODES.arrayNode(values.size());
        values.forEach(value -> array.add(element.write(value)));
        return array;
      }

      @Override
      public List<T> read(JsonNode node, String path, Problems problems) {
        if (!node.isArray()) {
          problems.add(path, "must be an array");
          return null;
        }
        List<T> values = new ArrayList<>(node.size());
        boolean failed = false;
        for (int i = 0; i < node.size(); i++) {
          JsonNode item = node.get(i);
          String at = Paths.index(path, i);
          T value = null;
          if (item.isNull()) {
            problems.add(at, "must not be null");
          } else {
            value = element.read(item, at, problems);
          }
          if (value == null) {
            failed = true;
          } else {
            values.add(value);
          }
        }
        return failed ? null : Collections.unmodifiableList(values);
      }
    };
  }

  /** A JSON array of distinct enum names, written in declaration order. */
  static <E extends Enum<E>> Codec<Set<E>> enumSet(Class<E> type) {
    Codec<List<E>> names = list(enumeration(type));
    return new Codec<>() {
      @Override
      public JsonNode write(Set<E> values) {
        return names.write(values.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(values)));
      }

      @Override
      public Set<E> read(JsonNode node, String path, Problems problems) {
        List<E> values = names.read(node, path, problems);
        if (values == null) {
          return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        boolean failed = false;
        for (int i = 0; i < values.size(); i++) {
          if (!set.add(values.get(i))) {
            problems.add(Paths.index(path, i), "must not repeat an earlier value");
            failed = true;
          }
        }
        return failed ? null : Collections.unmodifiableSet(set);
      }
    };
  }

  /** A JSON object used as a map from names to values, in document order. */
  static <T> Codec<Map<String, T>> map(Codec<T> value, boolean sortKeysOnWrite) {
    return map(value, sortKeysOnWrite, key -> false);
  }

  /**
   * As {@link #map(Codec, boolean)}; a key for which {@code known} holds is named in paths, any
   * other by its position.
   */
  private static <T> Codec<Map<String, T>> map(
      Codec<T> value, boolean sortKeysOnWrite, java.util.function.Predicate<String> known) {
    return new Codec<>() {
      @Override
      public JsonNode write(Map<String, T> values) {
        ObjectNode object = NODES.objectNode();
        Collection<String> keys =
            sortKeysOnWrite ? values.keySet().stream().sorted().toList() : values.keySet();
        keys.forEach(key -> object.set(key, value.write(values.get(key))));
        return object;
      }

      @Override
      public Map<String, T> read(JsonNode node, String path, Problems problems) {
        if (!node.isObject()) {
          problems.add(path, "must be an object");
          return null;
        }
        Map<String, T> values = new LinkedHashMap<>();
        boolean failed = false;
        int position = 0;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          // An unchecked key is named by its position, not itself: it is data, and may be input.
          position++;
          String at =
              known.test(field.getKey())
                  ? Paths.child(path, field.getKey())
                  : Paths.entry(path, position);
          T read = null;
          if (field.getValue().isNull()) {
            problems.add(at, "must not be null");
          } else {
            read = value.read(field.getValue(), at, problems);
          }
          if (read == null) {
            failed = true;
          } else {
            values.put(field.getKey(), read);
          }
        }
        return failed ? null : Collections.unmodifiableMap(values);
      }
    };
  }

  /**
   * A JSON object used as a map keyed by enum constant names; written in declaration order, read in
   * document order, each key exactly one of the names.
   */
  static <E extends Enum<E>, T> Codec<Map<E, T>> enumMap(Class<E> keys, Codec<T> value) {
    Map<String, E> constants = new LinkedHashMap<>();
    for (E constant : keys.getEnumConstants()) {
      constants.put(constant.name(), constant);
    }
    Codec<Map<String, T>> byName = map(value, false, constants::containsKey);
    String rule = "is not a known key; must be one of " + String.join(", ", constants.keySet());
    return new Codec<>() {
      @Override
      public JsonNode write(Map<E, T> values) {
        ObjectNode object = NODES.objectNode();
        for (E key : keys.getEnumConstants()) {
          if (values.containsKey(key)) {
            object.set(key.name(), value.write(values.get(key)));
          }
        }
        return object;
      }

      @Override
      public Map<E, T> read(JsonNode node, String path, Problems problems) {
        Map<String, T> read = byName.read(node, path, problems);
        if (read == null) {
          return null;
        }
        Map<E, T> values = new java.util.EnumMap<>(keys);
        boolean failed = false;
        int position = 0;
        for (Map.Entry<String, T> entry : read.entrySet()) {
          position++;
          E key = constants.get(entry.getKey());
          if (key == null) {
            // The object and the key's position, not the key: an unknown key may be input.
            problems.add(path, "key " + position + " " + rule);
            failed = true;
          } else {
            values.put(key, entry.getValue());
          }
        }
        return failed ? null : Collections.unmodifiableMap(values);
      }
    };
  }

  /** Writes a field. */
  static <T> void put(ObjectNode out, String name, T value, Codec<T> codec) {
    out.set(name, codec.write(value));
  }

  /** Writes a field only when the value is present. */
  static <T> void put(ObjectNode out, String name, java.util.Optional<T> value, Codec<T> codec) {
    value.ifPresent(v -> out.set(name, codec.write(v)));
  }
}
