package org.opendsr.json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes a value as a JSON tree and reads it back strictly.
 *
 * <p>Contract of {@link #read}: it returns the value, or returns {@code null} after recording at
 * least one problem; it never throws for bad input. Implementations are immutable and shared.
 *
 * @param <T> the mapped type
 */
interface Codec<T> {

  /** The JSON form of {@code value}. */
  JsonNode write(T value);

  /**
   * Reads a non-null JSON value found at {@code path}.
   *
   * @return the value, or null when a problem was recorded
   */
  T read(JsonNode node, String path, Problems problems);
}
