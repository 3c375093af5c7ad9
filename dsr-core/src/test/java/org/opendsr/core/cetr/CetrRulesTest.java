package org.opendsr.core.cetr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendsr.core.ValidationException;

class CetrRulesTest {

  @Test
  void under_18s_get_a_cetr_and_adults_a_ctr() {
    assertThat(CetrKind.forAge(17)).isEqualTo(CetrKind.CETR);
    assertThat(CetrKind.forAge(18)).isEqualTo(CetrKind.CTR);
  }

  @Test
  void the_education_element_covers_children_and_18_to_25_year_olds_with_an_ehc_plan() {
    assertThat(CetrKind.hasEducationElement(15, false)).isTrue();
    assertThat(CetrKind.hasEducationElement(18, true)).isTrue();
    assertThat(CetrKind.hasEducationElement(25, true)).isTrue();
    assertThat(CetrKind.hasEducationElement(25, false)).isFalse();
    assertThat(CetrKind.hasEducationElement(26, true)).isFalse();
  }

  @Test
  void the_education_question_is_asked_only_with_the_education_element() {
    assertThat(KeyQuestion.EDUCATION_NEEDS_MET.isAskedAt(false)).isFalse();
    assertThat(KeyQuestion.EDUCATION_NEEDS_MET.isAskedAt(true)).isTrue();
    assertThat(KeyQuestion.IS_SAFE.isAskedAt(false)).isTrue();
    assertThat(KeyQuestion.IS_SAFE.text()).isEqualTo("Is the person safe?");
  }

  @Test
  void a_panel_knows_which_roles_are_missing() {
    assertThat(Panel.of("c", "e", "x").missingRoles()).isEmpty();
    assertThat(new Panel(Map.of()).missingRoles()).hasSize(3);
    assertThatThrownBy(() -> new Panel(Map.of(PanelRole.CHAIR, " ")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("panel.CHAIR");
  }
}
