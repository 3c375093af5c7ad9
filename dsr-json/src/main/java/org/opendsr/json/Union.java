package org.opendsr.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A codec for a sealed type: the object's {@code type} field names the variant, the other fields
 * are the variant's.
 *
 * @param <T> the sealed type
 */
final class Union<T> extends ObjectCodec<T> {

  /** The field naming the variant. */
  static final String TYPE = "type";

  /** One variant: its name on the wire, its class, and the codec of its fields. */
  record Variant<T>(String name, Class<? extends T> type, ObjectCodec<? extends T> codec) {}

  private final Map<String, Variant<T>> byName = new LinkedHashMap<>();
  private final Map<Class<?>, Variant<T>> byClass = new LinkedHashMap<>();
  private final String allowed;

  private Union(List<Variant<T>> variants) {
    for (Variant<T> variant : variants) {
      byName.put(variant.name(), variant);
      byClass.put(variant.type(), variant);
    }
    this.allowed = "must be one of " + String.join(", ", byName.keySet());
  }

  /** A union of the given variants. */
  @SafeVarargs
  static <T> Union<T> of(Variant<T>... variants) {
    // Copied element by element: handing the generic array on to another varargs method is what
    // the varargs lint warns about.
    List<Variant<T>> list = new java.util.ArrayList<>(variants.length);
    for (Variant<T> variant : variants) {
      list.add(variant);
    }
    return new Union<>(List.copyOf(list));
  }

  /** A variant. */
  static <T, V extends T> Variant<T> variant(String name, Class<V> type, ObjectCodec<V> codec) {
    return new Variant<>(name, type, codec);
  }

  /** The wire name of the variant that {@code type} is, if it is one. */
  Optional<String> nameOf(Class<?> type) {
    return Optional.ofNullable(byClass.get(type)).map(Variant::name);
  }

  @Override
  void writeFields(T value, ObjectNode out) {
    Variant<T> variant = byClass.get(value.getClass());
    if (variant == null) {
      throw new IllegalArgumentException("no JSON mapping for " + value.getClass().getName());
    }
    out.put(TYPE, variant.name());
    write(variant, value, out);
  }

  @SuppressWarnings("unchecked")
  private static <T, V extends T> void write(Variant<T> variant, T value, ObjectNode out) {
    ((ObjectCodec<V>) variant.codec()).writeFields((V) value, out);
  }

  @Override
  T readFields(In in) {
    String name = in.required(TYPE, Codecs.STRING);
    if (name == null) {
      in.ignoreRest();
      return null;
    }
    Variant<T> variant = byName.get(name);
    if (variant == null) {
      in.problem(TYPE, allowed);
      in.ignoreRest();
      return null;
    }
    return variant.codec().readFields(in);
  }
}
