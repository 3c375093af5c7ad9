package org.opendsr.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendsr.core.ValidationException;
import org.opendsr.core.entry.EntryId;

class DueCursorTest {

  @Test
  void a_worklist_position_travels_in_a_link_and_comes_back_the_same() {
    DueCursor cursor = new DueCursor(LocalDate.of(2026, 3, 1), EntryId.numbered(123));

    assertThat(cursor.token()).isEqualTo("2026-03-01_E-000123");
    assertThat(DueCursor.parse("after", cursor.token())).isEqualTo(cursor);
  }

  @Test
  void a_position_that_is_not_a_due_date_and_an_entry_names_the_field_and_is_not_echoed() {
    for (String bad :
        new String[] {"", "2026-03-01", "2026-13-01_E-000123", "x_E-1", "_E-000001"}) {
      Throwable e = catchThrowable(() -> DueCursor.parse("after", bad));
      assertThat(e).as(bad).isInstanceOf(ValidationException.class);
      assertThat(e.getMessage()).contains("after").contains("worklist position");
      if (!bad.isEmpty()) {
        assertThat(e.getMessage()).doesNotContain(bad);
      }
    }
  }
}
