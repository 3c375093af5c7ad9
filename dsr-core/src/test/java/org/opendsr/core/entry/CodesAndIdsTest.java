package org.opendsr.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.opendsr.core.Codes;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.person.Agency;
import org.opendsr.core.schedule.TaskId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The register's codes and ids share one shape: entry ids, agency and hospital codes up to 40
 * characters, task and action ids up to 64 so an entry's longest id still has room for a number.
 */
class CodesAndIdsTest {

  private static final String ALLOWED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";
  private static final String OTHERS = " !/\u00e9@";

  /** Text near the shape: mostly allowed characters, now and then another, of 0 to 70. */
  private static Gen<String> nearlyCodes() {
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, 999))
        .ofSizeBetween(0, 70)
        .map(
            picks -> {
              StringBuilder text = new StringBuilder();
              for (int pick : picks) {
                text.append(
                    pick < 990
                        ? ALLOWED.charAt(pick % ALLOWED.length())
                        : OTHERS.charAt(pick % OTHERS.length()));
              }
              return text.toString();
            });
  }

  @Test
  void every_code_check_follows_the_one_documented_shape() {
    qt().forAll(nearlyCodes())
        .checkAssert(
            text -> {
              boolean shaped = text.matches("[A-Za-z0-9._-]{1,40}");
              assertThat(Codes.wellFormed(text, Codes.MAX_LENGTH)).isEqualTo(shaped);
              assertThat(HospitalCode.isWellFormed(text)).isEqualTo(shaped);
              assertThat(accepts(EntryId::of, text)).isEqualTo(shaped);
              assertThat(accepts(t -> new Agency(t, "A team", Agency.Kind.OTHER), text))
                  .isEqualTo(shaped);
              assertThat(accepts(TaskId::of, text)).isEqualTo(text.matches("[A-Za-z0-9._-]{1,64}"));
              assertThat(accepts(ActionId::of, text))
                  .isEqualTo(text.matches("[A-Za-z0-9._-]{1,64}"));
            });
  }

  private static boolean accepts(Function<String, ?> make, String text) {
    try {
      make.apply(text);
      return true;
    } catch (ValidationException e) {
      return false;
    }
  }

  @Test
  void a_bad_hospital_code_names_the_field_and_the_rule_without_repeating_what_was_given() {
    assertThatThrownBy(() -> HospitalCode.of("Ward 7, Mary Smith"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of(
                            "hospitalId",
                            "must be 1-40 letters, digits, dots, hyphens or underscores")))
        .hasMessageNotContaining("Mary");
    assertThatThrownBy(() -> TaskId.of("")).hasMessageContaining("taskId");
    assertThatThrownBy(() -> ActionId.of("a b")).hasMessageContaining("actionId");
  }

  @Test
  void the_longest_entry_id_still_numbers_its_tasks_and_actions() {
    EntryId longest = EntryId.of("E".repeat(40));

    assertThat(ActionId.numbered(longest, 1_000_000).value()).endsWith("-A1000000");
    assertThat(TaskId.of(longest.value() + "-T1000000").value()).hasSize(49);
  }

  @Test
  void a_code_from_a_form_is_read_without_its_surrounding_spaces() {
    assertThat(HospitalCode.parse("  RX1RA ")).isEqualTo(HospitalCode.of("RX1RA"));
    assertThat(TaskId.parse("E-000001-T3\n")).isEqualTo(TaskId.of("E-000001-T3"));
    assertThat(ActionId.parse(" E-000001-A2")).isEqualTo(ActionId.of("E-000001-A2"));
  }

  @Test
  void an_id_prints_as_itself_so_links_and_pages_show_it_unchanged() {
    assertThat(List.of(HospitalCode.of("RX1RA"), TaskId.of("E-1-T1"), ActionId.of("E-1-A1")))
        .extracting(Object::toString)
        .containsExactly("RX1RA", "E-1-T1", "E-1-A1");
  }
}
