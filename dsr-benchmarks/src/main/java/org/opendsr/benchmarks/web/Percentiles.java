package org.opendsr.benchmarks.web;

import java.util.Arrays;
import java.util.Objects;

/**
 * Latency figures of one kind of request: count, percentiles by the nearest-rank method, mean and
 * throughput over the measured window.
 *
 * @param count requests measured
 * @param p50 the median, in milliseconds
 * @param p95 the 95th percentile, in milliseconds
 * @param p99 the 99th percentile, in milliseconds
 * @param mean the mean, in milliseconds
 * @param perSecond requests completed per second of the window
 */
public record Percentiles(
    int count, double p50, double p95, double p99, double mean, double perSecond) {

  /**
   * The figures of a set of latencies.
   *
   * @param nanos the latencies, in nanoseconds (not changed)
   * @param windowSeconds the length of the measured window
   * @return the figures; all zero when there are none
   */
  public static Percentiles of(long[] nanos, double windowSeconds) {
    Objects.requireNonNull(nanos, "nanos");
    if (windowSeconds <= 0) {
      throw new IllegalArgumentException("the window must be longer than zero");
    }
    if (nanos.length == 0) {
      return new Percentiles(0, 0, 0, 0, 0, 0);
    }
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double total = 0;
    for (long n : sorted) {
      total += n;
    }
    return new Percentiles(
        sorted.length,
        millis(rank(sorted, 50)),
        millis(rank(sorted, 95)),
        millis(rank(sorted, 99)),
        total / sorted.length / 1_000_000.0,
        sorted.length / windowSeconds);
  }

  /**
   * The nearest-rank percentile: the smallest value with at least {@code percent} per cent of the
   * values at or below it.
   *
   * @param sorted the values, ascending, not empty
   * @param percent from 1 to 100
   * @return the value
   */
  static long rank(long[] sorted, int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("percent must be from 1 to 100");
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(1, rank) - 1];
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
