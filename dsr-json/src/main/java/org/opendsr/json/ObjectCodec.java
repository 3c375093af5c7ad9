package org.opendsr.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A codec for a value written as a JSON object. Its fields can also be written into, and read from,
 * a top-level document beside {@code version} and {@code kind}.
 *
 * @param <T> the mapped type
 */
abstract class ObjectCodec<T> implements Codec<T> {

  /** Writes the fields of {@code value} into {@code out}, in a fixed order. */
  abstract void writeFields(T value, ObjectNode out);

  /** Reads the fields of the object {@code in}; null after recording a problem. */
  abstract T readFields(In in);

  @Override
  public final JsonNode write(T value) {
    ObjectNode out = Codecs.NODES.objectNode();
    writeFields(Objects.requireNonNull(value, "value"), out);
    return out;
  }

  @Override
  public final T read(JsonNode node, String path, Problems problems) {
    if (!node.isObject()) {
      problems.add(path, "must be an object");
      return null;
    }
    In in = new In((ObjectNode) node, path, problems);
    T value = readFields(in);
    in.end();
    return value;
  }

  /** A codec from a writer and a reader of fields. */
  static <T> ObjectCodec<T> of(BiConsumer<T, ObjectNode> writer, Function<In, T> reader) {
    return new ObjectCodec<>() {
      @Override
      void writeFields(T value, ObjectNode out) {
        writer.accept(value, out);
      }

      @Override
      T readFields(In in) {
        return reader.apply(in);
      }
    };
  }
}
