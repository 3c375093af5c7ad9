package org.opendsr.json;

import java.util.List;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * A JSON document could not be read: it is not well-formed, has an unsupported {@code version}, is
 * of another {@code kind}, or breaks the wire format or a rule of the domain. Every problem found
 * is listed; each {@link Violation#field() field} is the JSON path of the bad value (for example
 * {@code $.items[2].text}, {@code $.answers.in_crisis}, or {@code $} for the whole document) and
 * each {@link Violation#rule() rule} says what was expected.
 *
 * <p>The message never repeats the values of the document, which may be personal data (names, NHS
 * numbers, dates of birth); nor does it carry the parser's own message, which would.
 */
public final class JsonFormatException extends ValidationException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error from the problems found.
   *
   * @param violations JSON paths and rules, in document order; not empty
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public JsonFormatException(List<Violation> violations) {
    super(violations);
  }
}
