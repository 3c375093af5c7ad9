package org.opendsr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.policy.CetrTimescales;
import org.opendsr.core.policy.LocalPolicy;
import org.quicktheories.core.Gen;

/** Writing any value of the register's model and reading it back gives an equal value. */
class RegisterRoundTripTest {

  private static final DsrJson JSON = DsrJson.standard();

  private static <T> void roundTrips(Gen<T> values, Class<T> type) {
    qt().withExamples(300)
        .forAll(values)
        .checkAssert(
            value -> {
              String json = JSON.write(value);
              assertThat(JSON.read(json, type)).isEqualTo(value);
              assertThat(JSON.read(json)).isEqualTo(value);
              assertThat(
                      JSON.withPrettyPrinting().read(JSON.withPrettyPrinting().write(value), type))
                  .isEqualTo(value);
            });
  }

  @Test
  void every_kind_of_register_event_round_trips() {
    roundTrips(RegisterGenerators.events(), RegisterEvent.class);
  }

  @Test
  void a_register_event_reads_back_as_its_own_variant() {
    qt().withExamples(300)
        .forAll(RegisterGenerators.events())
        .checkAssert(
            event -> {
              @SuppressWarnings("unchecked")
              Class<RegisterEvent> variant = (Class<RegisterEvent>) event.getClass();
              assertThat(JSON.read(JSON.write(event), variant)).isEqualTo(event);
            });
  }

  @Test
  void every_register_event_type_is_mapped_and_generated() {
    Set<Class<?>> generated = new HashSet<>();
    // 2,000 draws over 21 equally likely variants miss one with probability below 1e-40.
    qt().withExamples(2_000)
        .forAll(RegisterGenerators.events())
        .checkAssert(event -> generated.add(event.getClass()));
    Set<Class<?>> permitted =
        new HashSet<>(Arrays.asList(RegisterEvent.class.getPermittedSubclasses()));
    assertThat(generated).isEqualTo(permitted);
    for (Class<?> type : permitted) {
      assertThat(JSON.kindOf(type)).isEqualTo("register-event");
    }
  }

  @Test
  void a_recorded_event_round_trips_with_its_instant_to_the_nanosecond() {
    roundTrips(RegisterGenerators.recordedEvents(), RecordedEvent.class);
  }

  @Test
  void an_entry_view_round_trips() {
    roundTrips(RegisterGenerators.entries(), org.opendsr.core.entry.Entry.class);
  }

  @Test
  void person_details_round_trip() {
    roundTrips(RegisterGenerators.personDetails(), PersonDetails.class);
  }

  @Test
  void a_local_policy_round_trips() {
    roundTrips(RegisterGenerators.localPolicies(), LocalPolicy.class);
  }

  @Test
  void cetr_timescales_round_trip() {
    roundTrips(RegisterGenerators.cetrTimescales(), CetrTimescales.class);
  }

  @Test
  void the_default_local_policy_round_trips_and_reads_as_a_policy() {
    LocalPolicy defaults = LocalPolicy.defaults();
    assertThat(JSON.readLocalPolicy(JSON.withPrettyPrinting().write(defaults))).isEqualTo(defaults);
  }
}
