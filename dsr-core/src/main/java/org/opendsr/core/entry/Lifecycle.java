package org.opendsr.core.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where an entry stands in its life, from referral to closure.
 *
 * @param status referred, active, declined or closed
 * @param acceptedOn the date the referral was accepted, once accepted
 * @param declineReasons why the referral was declined, if it was
 * @param closure when and why the entry was closed, once closed
 * @param firstContactOn the date of first contact, once made
 */
public record Lifecycle(
    EntryStatus status,
    Optional<LocalDate> acceptedOn,
    List<String> declineReasons,
    Optional<Closure> closure,
    Optional<LocalDate> firstContactOn) {

  /** Validates and copies every part. */
  public Lifecycle {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    declineReasons = List.copyOf(declineReasons);
    Objects.requireNonNull(closure, "closure");
    Objects.requireNonNull(firstContactOn, "firstContactOn");
  }

  /**
   * A referral just received: referred, nothing else yet.
   *
   * @return the lifecycle of a new entry
   */
  public static Lifecycle referred() {
    return new Lifecycle(
        EntryStatus.REFERRED, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }

  /**
   * This lifecycle with another status.
   *
   * @param newStatus the status
   * @return a new lifecycle
   */
  public Lifecycle withStatus(EntryStatus newStatus) {
    return new Lifecycle(newStatus, acceptedOn, declineReasons, closure, firstContactOn);
  }

  /**
   * This lifecycle accepted on a date.
   *
   * @param on the date of acceptance
   * @return a new lifecycle, active
   */
  public Lifecycle accepted(LocalDate on) {
    return new Lifecycle(
        EntryStatus.ACTIVE, Optional.of(on), declineReasons, closure, firstContactOn);
  }

  /**
   * This lifecycle declined, for the reasons given.
   *
   * @param reasons why
   * @return a new lifecycle, declined
   */
  public Lifecycle declined(List<String> reasons) {
    return new Lifecycle(EntryStatus.DECLINED, acceptedOn, reasons, closure, firstContactOn);
  }

  /**
   * This lifecycle closed.
   *
   * @param how when and why
   * @return a new lifecycle, closed
   */
  public Lifecycle closed(Closure how) {
    return new Lifecycle(
        EntryStatus.CLOSED, acceptedOn, declineReasons, Optional.of(how), firstContactOn);
  }

  /**
   * This lifecycle with the date of first contact.
   *
   * @param on the date, or empty
   * @return a new lifecycle
   */
  public Lifecycle withFirstContactOn(Optional<LocalDate> on) {
    return new Lifecycle(status, acceptedOn, declineReasons, closure, on);
  }
}
