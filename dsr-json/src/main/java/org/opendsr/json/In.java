package org.opendsr.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.opendsr.core.Violation;
import org.opendsr.problem.OpenDsrException;
import org.opendsr.problem.Problem;

/**
 * One JSON object being read: reads its fields by name, remembers which were read so that {@link
 * #end()} can reject the others, and builds the domain value only when nothing below went wrong.
 */
final class In {

  private final ObjectNode node;
  private final String path;
  private final Problems problems;
  private final int problemsAtStart;
  private final Set<String> read = new HashSet<>();

  In(ObjectNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.problemsAtStart = problems.count();
  }

  /** The JSON path of this object. */
  String path() {
    return path;
  }

  /** Where problems are recorded. */
  Problems problems() {
    return problems;
  }

  /** The path of one of this object's fields. */
  String pathOf(String field) {
    return Paths.child(path, field);
  }

  /** Reads a field that must be present and not null; null after recording a problem. */
  <T> T required(String name, Codec<T> codec) {
    read.add(name);
    JsonNode value = node.get(name);
    String at = pathOf(name);
    if (value == null) {
      problems.add(at, "is required");
      return null;
    }
    if (value.isNull()) {
      problems.add(at, "must not be null");
      return null;
    }
    return codec.read(value, at, problems);
  }

  /** Reads a field that may be absent (meaning none); null is rejected: absence says it. */
  <T> Optional<T> optional(String name, Codec<T> codec) {
    read.add(name);
    JsonNode value = node.get(name);
    if (value == null) {
      return Optional.empty();
    }
    String at = pathOf(name);
    if (value.isNull()) {
      problems.add(at, "must not be null; leave the field out instead");
      return Optional.empty();
    }
    return Optional.ofNullable(codec.read(value, at, problems));
  }

  /** Marks fields as dealt with, when reading them would only add noise to an earlier problem. */
  void ignore(String... names) {
    read.addAll(Set.of(names));
  }

  /** Marks every field as dealt with. */
  void ignoreRest() {
    node.properties().forEach(field -> read.add(field.getKey()));
  }

  /** Records a problem with one field of this object. */
  void problem(String field, String rule) {
    problems.add(pathOf(field), rule);
  }

  /** Whether no problem was recorded since this object was opened. */
  boolean ok() {
    return problems.count() == problemsAtStart;
  }

  /**
   * Rejects every field that was not read, naming the object and the field's position: an unknown
   * name is not repeated, as it may be input (a name, an NHS number) rather than a field.
   */
  void end() {
    int position = 0;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      position++;
      if (!read.contains(field.getKey())) {
        problems.add(path, "has a field that is not known (field " + position + " of the object)");
      }
    }
  }

  /**
   * Builds the domain value when every field was read without problems. Each problem of a domain
   * rule it breaks (an {@link OpenDsrException} of rating, consent or the register) is recorded
   * against the field it names when that is a field of this object, or else against this object
   * with its whole message. Any other exception is a bug, not bad input, and propagates.
   *
   * @return the value, or null after recording a problem (or when one was recorded before)
   */
  <T> T build(Supplier<T> constructor) {
    if (!ok()) {
      return null;
    }
    try {
      T value = constructor.get();
      if (value == null && ok()) {
        problems.add(path, "is not valid");
      }
      return value;
    } catch (OpenDsrException e) {
      for (Problem problem : e.problems()) {
        String field = problem.field();
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        if (!leaf.isEmpty() && read.contains(leaf)) {
          problems.add(pathOf(leaf), problem.rule());
        } else if (problem instanceof Violation) {
          problems.add(path, problem.rule());
        } else {
          problems.add(path, problem.message());
        }
      }
      return null;
    }
  }
}
