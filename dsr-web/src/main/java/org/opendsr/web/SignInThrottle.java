package org.opendsr.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Counts failed sign-ins by user name and by client address, and refuses further attempts for a
 * while once either has failed too often. User names that exist and names that do not are counted
 * alike, so a refusal says nothing about whether a user exists. Counts are kept in memory, bounded
 * in number and forgotten after the window and the lock have passed.
 */
public final class SignInThrottle {

  /** At most this many user names and addresses are tracked at once (local practice). */
  private static final long MAX_TRACKED = 100_000;

  private final SignInThrottleProperties props;
  private final Clock clock;
  private final Cache<String, Failures> byUser;
  private final Cache<String, Failures> byAddress;

  /**
   * A throttle.
   *
   * @param props the limits
   * @param clock the time
   */
  public SignInThrottle(SignInThrottleProperties props, Clock clock) {
    this.props = props;
    this.clock = clock;
    this.byUser = cache();
    this.byAddress = cache();
  }

  private Cache<String, Failures> cache() {
    return Caffeine.newBuilder()
        .maximumSize(MAX_TRACKED)
        .expireAfterAccess(props.window().plus(props.lockFor()))
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .build();
  }

  /**
   * Whether attempts for this user name or from this address are refused now.
   *
   * @param username the name typed
   * @param address the client's address
   * @return true when locked
   */
  public boolean locked(String username, String address) {
    Instant now = clock.instant();
    Failures u = byUser.getIfPresent(key(username));
    Failures a = byAddress.getIfPresent(address);
    return (u != null && u.locked(now)) || (a != null && a.locked(now));
  }

  /**
   * Counts a failed attempt.
   *
   * @param username the name typed
   * @param address the client's address
   * @return true when this failure locked the user name or the address
   */
  public boolean failed(String username, String address) {
    Instant now = clock.instant();
    boolean lockedUser =
        props.failuresPerUser() > 0
            && byUser
                .get(key(username), k -> new Failures())
                .add(now, props.failuresPerUser(), props.window(), props.lockFor());
    boolean lockedAddress =
        props.failuresPerAddress() > 0
            && byAddress
                .get(address, k -> new Failures())
                .add(now, props.failuresPerAddress(), props.window(), props.lockFor());
    return lockedUser || lockedAddress;
  }

  /**
   * Forgets the failures of a user name once its user has signed in.
   *
   * @param username the name that signed in
   */
  public void succeeded(String username) {
    byUser.invalidate(key(username));
  }

  /**
   * How long a lock lasts, for the message.
   *
   * @return the lock's length
   */
  public Duration lockFor() {
    return props.lockFor();
  }

  /**
   * The lock's length in whole minutes, at least 1, for the sign-in page.
   *
   * @return minutes
   */
  public long lockMinutes() {
    return Math.max(1, (props.lockFor().toSeconds() + 59) / 60);
  }

  /** User names differ only in case and surrounding spaces count as one. */
  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** The recent failures of one user name or address, and until when it is locked. */
  private static final class Failures {
    private final Deque<Instant> times = new ArrayDeque<>();
    private Instant lockedUntil = Instant.MIN;

    synchronized boolean locked(Instant now) {
      return now.isBefore(lockedUntil);
    }

    synchronized boolean add(Instant now, int limit, Duration window, Duration lockFor) {
      Instant from = now.minus(window);
      while (!times.isEmpty() && !times.peekFirst().isAfter(from)) {
        times.removeFirst();
      }
      times.addLast(now);
      if (times.size() >= limit) {
        lockedUntil = now.plus(lockFor);
        times.clear();
        return true;
      }
      return false;
    }
  }
}
