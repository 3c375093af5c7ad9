package org.opendsr.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendsr.consent.ConsentException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.rating.RatingException;

/**
 * One JSON object being read: reads its fields by name, remembers which were read so that {@link
 * #end()} can reject the others, and builds the domain value only when nothing below went wrong.
 */
final class In {

  // Messages of the domain modules name the field first: "recordedBy must not be blank",
  // "date: an attorney decision cannot predate ...".
  private static final Pattern FIELD_FIRST =
      Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?::\\s*|\\s+)(.+)", Pattern.DOTALL);

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
   * Builds the domain value when every field was read without problems. A domain rule it breaks is
   * recorded against the field it names, or against this object; the exception's own message is
   * used only when it comes from the OpenDSR domain modules, whose messages carry no personal data.
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
    } catch (ValidationException e) {
      for (Violation violation : e.violations()) {
        String field = violation.field();
        String leaf = field.substring(field.lastIndexOf('.') + 1);
        problems.add(read.contains(leaf) ? pathOf(leaf) : path, violation.rule());
      }
    } catch (RatingException | ConsentException e) {
      reportMessage(e.getMessage());
    } catch (RuntimeException e) {
      problems.add(path, "is not valid");
    }
    return null;
  }

  /** Records a domain message against the field it starts with, if that is one of ours. */
  void reportMessage(String message) {
    if (message == null || message.isBlank()) {
      problems.add(path, "is not valid");
      return;
    }
    Matcher matcher = FIELD_FIRST.matcher(message);
    if (matcher.matches() && read.contains(matcher.group(1))) {
      problems.add(pathOf(matcher.group(1)), matcher.group(2));
    } else {
      problems.add(path, message);
    }
  }
}
