package org.opendsr.problem;

import java.util.Objects;

/**
 * One thing wrong with one input: the field it concerns, the rule it broke, and a message a
 * coordinator can read. Never carries the offending value, which may be personal data.
 *
 * <p>The modules' own problem records (the register's {@code Violation}, the rating module's {@code
 * ItemProblem} and {@code InstrumentProblem}) are problems; {@link #of(String, String)} makes one
 * where no richer record is needed.
 */
public interface Problem {

  /**
   * The field or path that is wrong, such as {@code recordedBy} or {@code professional.id}; empty
   * when the problem concerns the input as a whole rather than one of its fields.
   *
   * @return the field, never null
   */
  String field();

  /**
   * The rule broken, in words, such as {@code must not be blank}.
   *
   * @return the rule, never blank
   */
  String rule();

  /**
   * The problem as one sentence a coordinator can read: the field, then the rule.
   *
   * @return the message, never blank
   */
  default String message() {
    return field().isEmpty() ? rule() : field() + ": " + rule();
  }

  /**
   * A problem with one field.
   *
   * @param field the field or path; empty for the input as a whole
   * @param rule the rule broken, in words; not blank
   * @return the problem
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code rule} is blank
   */
  static Problem of(String field, String rule) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    return new FieldProblem(field, rule, field.isEmpty() ? rule : field + ": " + rule);
  }

  /**
   * A problem with one field, with the sentence a coordinator reads written out, for when the field
   * and rule alone read badly ({@code "an override needs the clinician's id"}).
   *
   * @param field the field or path; empty for the input as a whole
   * @param rule the rule broken, in words; not blank
   * @param message the whole sentence; not blank
   * @return the problem
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code rule} or {@code message} is blank
   */
  static Problem of(String field, String rule, String message) {
    return new FieldProblem(field, rule, message);
  }

  /**
   * A problem with the input as a whole rather than one field.
   *
   * @param rule the rule broken, in words; not blank
   * @return the problem, with an empty field
   * @throws NullPointerException if {@code rule} is null
   * @throws IllegalArgumentException if {@code rule} is blank
   */
  static Problem ofWhole(String rule) {
    return of("", rule);
  }

  /**
   * Whether two problems name the same field and rule, whatever their record types.
   *
   * @param a one problem; not null
   * @param b another; not null
   * @return true when field and rule are equal
   */
  static boolean same(Problem a, Problem b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.field().equals(b.field()) && a.rule().equals(b.rule());
  }
}
