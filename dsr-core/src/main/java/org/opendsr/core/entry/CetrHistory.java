package org.opendsr.core.entry;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendsr.core.cetr.CetrPlan;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;

/**
 * The Care (Education) and Treatment Reviews of an entry: those held, those refused and the plans
 * of those booked.
 *
 * @param cetrs C(E)TRs held
 * @param refusals C(E)TRs refused
 * @param plans the latest plan of each C(E)TR planned, by review id
 */
public record CetrHistory(
    List<CetrRecord> cetrs, List<CetrRefusal> refusals, Map<String, CetrPlan> plans) {

  /** Copies the lists and the plans. */
  public CetrHistory {
    cetrs = List.copyOf(Objects.requireNonNull(cetrs, "cetrs"));
    refusals = List.copyOf(Objects.requireNonNull(refusals, "refusals"));
    plans = Map.copyOf(Objects.requireNonNull(plans, "plans"));
  }

  /**
   * Reviews held and refused, none planned ahead.
   *
   * @param cetrs C(E)TRs held
   * @param refusals C(E)TRs refused
   */
  public CetrHistory(List<CetrRecord> cetrs, List<CetrRefusal> refusals) {
    this(cetrs, refusals, Map.of());
  }

  /**
   * No C(E)TR yet.
   *
   * @return an empty history
   */
  public static CetrHistory none() {
    return new CetrHistory(List.of(), List.of(), Map.of());
  }

  /**
   * This history with other reviews held.
   *
   * @param held the C(E)TRs held
   * @return a new history
   */
  public CetrHistory withCetrs(List<CetrRecord> held) {
    return new CetrHistory(held, refusals, plans);
  }

  /**
   * This history with other refusals.
   *
   * @param refused the C(E)TRs refused
   * @return a new history
   */
  public CetrHistory withRefusals(List<CetrRefusal> refused) {
    return new CetrHistory(cetrs, refused, plans);
  }

  /**
   * This history with other plans.
   *
   * @param planned the latest plan of each C(E)TR planned, by review id
   * @return a new history
   */
  public CetrHistory withPlans(Map<String, CetrPlan> planned) {
    return new CetrHistory(cetrs, refusals, planned);
  }
}
