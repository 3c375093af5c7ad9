package org.opendsr.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on failed sign-ins with a user name and password, from {@code
 * opendsr.web.sign-in-throttle.*}: after {@code failuresPerUser} failures for one user name, or
 * {@code failuresPerAddress} from one client address, within {@code window}, further attempts are
 * refused for {@code lockFor}, whether or not the password is right.
 *
 * @param failuresPerUser failures for one user name before it is locked; 0 for no limit
 * @param failuresPerAddress failures from one client address before it is locked; 0 for no limit
 * @param window how far back failures are counted
 * @param lockFor how long a user name or address stays locked
 */
@ConfigurationProperties("opendsr.web.sign-in-throttle")
public record SignInThrottleProperties(
    Integer failuresPerUser, Integer failuresPerAddress, Duration window, Duration lockFor) {

  /** Fills the defaults and checks the values. */
  public SignInThrottleProperties {
    // NCSC password guidance: lock after no more than 10 unsuccessful attempts.
    failuresPerUser = failuresPerUser == null ? 10 : failuresPerUser;
    // Several people may share one address behind a proxy, so the address allows more
    // (local practice, configurable).
    failuresPerAddress = failuresPerAddress == null ? 50 : failuresPerAddress;
    // Local practice, configurable.
    window = window == null ? Duration.ofMinutes(15) : window;
    // Local practice, configurable.
    lockFor = lockFor == null ? Duration.ofMinutes(15) : lockFor;
    if (failuresPerUser < 0) {
      throw new IllegalArgumentException(
          "opendsr.web.sign-in-throttle.failures-per-user must be 0 or more");
    }
    if (failuresPerAddress < 0) {
      throw new IllegalArgumentException(
          "opendsr.web.sign-in-throttle.failures-per-address must be 0 or more");
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException(
          "opendsr.web.sign-in-throttle.window must be longer than zero");
    }
    if (lockFor.isNegative() || lockFor.isZero()) {
      throw new IllegalArgumentException(
          "opendsr.web.sign-in-throttle.lock-for must be longer than zero");
    }
  }
}
