package org.opendsr.core.entry;

import java.util.List;
import java.util.Objects;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;

/**
 * The Care (Education) and Treatment Reviews of an entry: those held and those refused.
 *
 * @param cetrs C(E)TRs held
 * @param refusals C(E)TRs refused
 */
public record CetrHistory(List<CetrRecord> cetrs, List<CetrRefusal> refusals) {

  /** Copies both lists. */
  public CetrHistory {
    cetrs = List.copyOf(Objects.requireNonNull(cetrs, "cetrs"));
    refusals = List.copyOf(Objects.requireNonNull(refusals, "refusals"));
  }

  /**
   * No C(E)TR yet.
   *
   * @return an empty history
   */
  public static CetrHistory none() {
    return new CetrHistory(List.of(), List.of());
  }

  /**
   * This history with other reviews held.
   *
   * @param held the C(E)TRs held
   * @return a new history
   */
  public CetrHistory withCetrs(List<CetrRecord> held) {
    return new CetrHistory(held, refusals);
  }

  /**
   * This history with other refusals.
   *
   * @param refused the C(E)TRs refused
   * @return a new history
   */
  public CetrHistory withRefusals(List<CetrRefusal> refused) {
    return new CetrHistory(cetrs, refused);
  }
}
