package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

/** The counts behind the sign-in throttle, on a clock the test moves. */
class SignInThrottleTest {

  private final MutableClock clock =
      MutableClock.of(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private final SignInThrottle throttle =
      new SignInThrottle(
          new SignInThrottleProperties(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10)),
          clock);

  @Test
  void the_defaults_allow_ten_failures_for_a_user_name_as_ncsc_password_guidance_suggests() {
    SignInThrottleProperties defaults = new SignInThrottleProperties(null, null, null, null);
    assertThat(defaults.failuresPerUser()).isEqualTo(10);
    assertThat(defaults.window()).isEqualTo(Duration.ofMinutes(15));
    assertThat(defaults.lockFor()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void a_user_name_is_locked_at_the_limit_and_unlocked_after_the_lock_time() {
    assertThat(throttle.failed("robin", "10.0.0.1")).isFalse();
    assertThat(throttle.failed("robin", "10.0.0.2")).isFalse();
    assertThat(throttle.locked("robin", "10.0.0.3")).isFalse();
    assertThat(throttle.failed("Robin", "10.0.0.3")).isTrue();
    assertThat(throttle.locked("robin", "10.0.0.4")).isTrue();
    assertThat(throttle.locked("sam", "10.0.0.4")).isFalse();

    clock.add(Duration.ofMinutes(9));
    assertThat(throttle.locked("robin", "10.0.0.4")).isTrue();
    clock.add(Duration.ofMinutes(1));
    assertThat(throttle.locked("robin", "10.0.0.4")).isFalse();
  }

  @Test
  void failures_older_than_the_window_are_not_counted() {
    throttle.failed("robin", "10.0.0.1");
    throttle.failed("robin", "10.0.0.1");
    clock.add(Duration.ofMinutes(16));
    assertThat(throttle.failed("robin", "10.0.0.1")).isFalse();
    assertThat(throttle.locked("robin", "10.0.0.1")).isFalse();
  }

  @Test
  void signing_in_clears_the_failures_of_the_user_name() {
    throttle.failed("robin", "10.0.0.1");
    throttle.failed("robin", "10.0.0.1");
    throttle.succeeded("robin");
    assertThat(throttle.failed("robin", "10.0.0.1")).isFalse();
  }

  @Test
  void one_address_trying_many_user_names_is_locked_at_its_own_limit() {
    for (int i = 0; i < 4; i++) {
      assertThat(throttle.failed("name-" + i, "10.0.0.9")).isFalse();
    }
    assertThat(throttle.failed("name-4", "10.0.0.9")).isTrue();
    assertThat(throttle.locked("someone-else", "10.0.0.9")).isTrue();
    assertThat(throttle.locked("someone-else", "10.0.0.8")).isFalse();
  }

  @Test
  void a_limit_of_zero_turns_that_count_off() {
    SignInThrottle off =
        new SignInThrottle(
            new SignInThrottleProperties(0, 0, Duration.ofMinutes(1), Duration.ofMinutes(1)),
            clock);
    for (int i = 0; i < 20; i++) {
      assertThat(off.failed("robin", "10.0.0.1")).isFalse();
    }
    assertThat(off.locked("robin", "10.0.0.1")).isFalse();
  }

  @Test
  void a_negative_limit_or_an_empty_window_is_refused_naming_the_setting() {
    assertThatThrownBy(() -> new SignInThrottleProperties(-1, null, null, null))
        .hasMessageContaining("opendsr.web.sign-in-throttle.failures-per-user");
    assertThatThrownBy(() -> new SignInThrottleProperties(null, null, Duration.ZERO, null))
        .hasMessageContaining("opendsr.web.sign-in-throttle.window");
  }
}
