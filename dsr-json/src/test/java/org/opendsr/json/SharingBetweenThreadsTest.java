package org.opendsr.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Instruments;

/** One {@link DsrJson} serves many threads at once. */
class SharingBetweenThreadsTest {

  @Test
  void the_standard_instance_reads_and_writes_from_many_threads_at_once() throws Exception {
    DsrJson json = DsrJson.standard();
    String written = json.writeInstrument(Instruments.weightedItems());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> results =
          pool.invokeAll(
              IntStream.range(0, 64)
                  .<java.util.concurrent.Callable<String>>mapToObj(
                      i ->
                          () -> {
                            Instrument read = json.readInstrument(written);
                            return json.writeInstrument(read);
                          })
                  .toList());
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(written);
      }
    } finally {
      pool.shutdown();
    }
  }
}
