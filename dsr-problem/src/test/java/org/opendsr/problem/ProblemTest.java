package org.opendsr.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

  /** An exception of a module that lists its problems. */
  private static final class Broken extends OpenDsrException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    Broken(List<Problem> problems) {
      super(messageOf(problems));
      this.problems = List.copyOf(problems);
    }

    Broken(String rule) {
      super(rule);
      this.problems = List.of(Problem.ofWhole(rule));
    }

    Broken(String rule, Throwable cause) {
      super(rule, cause);
      this.problems = List.of(Problem.ofWhole(rule));
    }

    @Override
    public List<Problem> problems() {
      return problems;
    }
  }

  @Test
  void a_problem_reads_as_its_field_then_its_rule() {
    Problem problem = Problem.of("recordedBy", "must not be blank");

    assertThat(problem.field()).isEqualTo("recordedBy");
    assertThat(problem.rule()).isEqualTo("must not be blank");
    assertThat(problem.message()).isEqualTo("recordedBy: must not be blank");
    assertThat(problem).hasToString("recordedBy: must not be blank");
  }

  @Test
  void a_problem_with_the_whole_input_reads_as_its_rule_alone() {
    Problem problem = Problem.ofWhole("a decision needs at least one reason");

    assertThat(problem.field()).isEmpty();
    assertThat(problem.message()).isEqualTo("a decision needs at least one reason");
  }

  @Test
  void a_written_out_message_is_kept_as_written() {
    Problem problem =
        Problem.of("clinicianId", "must not be blank", "an override needs the clinician's id");

    assertThat(problem.message()).isEqualTo("an override needs the clinician's id");
    assertThat(problem.field()).isEqualTo("clinicianId");
  }

  @Test
  void a_problem_needs_a_rule_and_a_message() {
    assertThatThrownBy(() -> Problem.of("field", " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Problem.of("field", "rule", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Problem.of(null, "rule")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void problems_of_different_kinds_are_the_same_when_field_and_rule_are() {
    Problem plain = Problem.of("date", "must not be in the future");
    Problem worded = Problem.of("date", "must not be in the future", "the date is in the future");

    assertThat(Problem.same(plain, worded)).isTrue();
    assertThat(Problem.same(plain, Problem.of("date", "must be given"))).isFalse();
    assertThat(Problem.same(plain, Problem.of("on", "must not be in the future"))).isFalse();
  }

  @Test
  void an_exception_message_lists_every_problem_in_order() {
    var error =
        new Broken(
            List.of(Problem.of("id", "must not be blank"), Problem.ofWhole("needs a reason")));

    assertThat(error).hasMessage("id: must not be blank; needs a reason");
    assertThat(error.problems()).extracting(Problem::field).containsExactly("id", "");
  }

  @Test
  void an_exception_needs_at_least_one_problem() {
    assertThatThrownBy(() -> new Broken(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one problem");
  }

  @Test
  void an_exception_for_the_input_as_a_whole_keeps_its_message_and_its_cause() {
    var cause = new IllegalStateException("connection lost");

    assertThat(new Broken("nothing was written")).hasMessage("nothing was written").hasNoCause();
    assertThat(new Broken("nothing was written", cause))
        .hasMessage("nothing was written")
        .hasCause(cause)
        .satisfies(e -> assertThat(e.problems()).extracting(Problem::field).containsExactly(""));
  }
}
