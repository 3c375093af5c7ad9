package org.opendsr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.store.EventCodec;

/** The event codec a database store uses: stable type names and exact round trips. */
class JsonEventCodecTest {

  private static final EventCodec CODEC = JsonEventCodec.standard();

  @Test
  void decoding_an_encoded_event_gives_it_back() {
    qt().withExamples(500)
        .forAll(RegisterGenerators.events())
        .checkAssert(
            event ->
                assertThat(CODEC.decode(CODEC.typeOf(event), CODEC.encode(event)))
                    .isEqualTo(event));
  }

  @Test
  void the_type_name_is_the_type_of_the_document() {
    RegisterEvent contact = new RegisterEvent.FirstContactMade(LocalDate.of(2026, 5, 12));

    assertThat(CODEC.typeOf(contact)).isEqualTo("first-contact-made");
    assertThat(CODEC.encode(contact))
        .isEqualTo(
            "{\"version\":1,\"kind\":\"register-event\",\"type\":\"first-contact-made\","
                + "\"on\":\"2026-05-12\"}");
  }

  @Test
  void a_payload_that_does_not_match_its_stored_type_is_refused() {
    String payload = CODEC.encode(new RegisterEvent.Discharged(LocalDate.of(2026, 5, 12)));

    assertThatThrownBy(() -> CODEC.decode("admitted", payload))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("$.type");
    assertThatThrownBy(() -> CODEC.decode("discharged", "{\"version\":1}"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("$.kind");
  }
}
