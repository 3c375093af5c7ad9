package org.opendsr.benchmarks.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  private static final long MS = 1_000_000L;

  @Test
  void the_percentiles_of_a_hundred_latencies_are_the_values_at_their_ranks() {
    // 1 ms to 100 ms, shuffled by a stride so the input is not already sorted.
    long[] nanos = LongStream.range(0, 100).map(i -> ((i * 37) % 100 + 1) * MS).toArray();

    Percentiles p = Percentiles.of(nanos, 10);

    assertThat(p.count()).isEqualTo(100);
    assertThat(p.p50()).isEqualTo(50.0);
    assertThat(p.p95()).isEqualTo(95.0);
    assertThat(p.p99()).isEqualTo(99.0);
    assertThat(p.mean()).isEqualTo(50.5);
    assertThat(p.perSecond()).isEqualTo(10.0);
  }

  @Test
  void a_small_sample_takes_the_nearest_rank_above_and_is_left_as_it_was() {
    long[] nanos = {30 * MS, 10 * MS, 20 * MS};

    Percentiles p = Percentiles.of(nanos, 2);

    assertThat(p.p50()).isEqualTo(20.0);
    assertThat(p.p95()).isEqualTo(30.0);
    assertThat(p.p99()).isEqualTo(30.0);
    assertThat(p.perSecond()).isEqualTo(1.5);
    assertThat(nanos).containsExactly(30 * MS, 10 * MS, 20 * MS);
  }

  @Test
  void no_latencies_give_zeros_and_a_window_of_no_time_is_refused() {
    assertThat(Percentiles.of(new long[0], 5)).isEqualTo(new Percentiles(0, 0, 0, 0, 0, 0));
    assertThatThrownBy(() -> Percentiles.of(new long[] {MS}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window");
  }
}
