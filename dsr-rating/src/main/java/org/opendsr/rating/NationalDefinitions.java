package org.opendsr.rating;

import static org.opendsr.rating.Instruments.IMMEDIATE_RISK_OF_ADMISSION;
import static org.opendsr.rating.Instruments.IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION;
import static org.opendsr.rating.Instruments.IN_CRISIS;
import static org.opendsr.rating.Instruments.NATIONAL_DEFINITIONS_ID;
import static org.opendsr.rating.Instruments.NATIONAL_DEFINITIONS_VERSION;
import static org.opendsr.rating.Instruments.RISK_NOT_MANAGED_IN_COMMUNITY;
import static org.opendsr.rating.Instruments.SIGNIFICANTLY_INCREASED_RISK;
import static org.opendsr.rating.Instruments.SOME_RISKS_CURRENTLY_MANAGED;

import java.util.ArrayList;
import java.util.List;

/**
 * The national definitions of Red, Amber and Green (NHS England DSR and C(E)TR policy (2023)) as
 * instruments: the current version, the previous one and the local any-one-criterion variant.
 * {@link Instruments} documents and hands out each.
 */
final class NationalDefinitions {

  private NationalDefinitions() {}

  /** The national definitions, current version. */
  static Instrument current() {
    Instrument.Builder builder =
        Instrument.builder(NATIONAL_DEFINITIONS_ID, NATIONAL_DEFINITIONS_VERSION)
            .title("National RAG definitions (NHS England DSR and C(E)TR policy, 2023)");
    nationalItems(builder, true);
    return builder
        // NHS England DSR and C(E)TR policy (2023), Red, first bullet.
        .anyOf(
            "national-red-immediate-risk",
            Rating.RED,
            "Red, national definition, first criterion: an immediate risk that the person will be"
                + " admitted to a mental health hospital",
            Condition.yes(IMMEDIATE_RISK_OF_ADMISSION))
        // NHS England DSR and C(E)TR policy (2023), Red, second bullet: both parts together.
        .allOf(
            "national-red-crisis-and-risk-not-managed",
            Rating.RED,
            "Red, national definition, second criterion: a crisis for the person and/or their"
                + " family together with a risk of admission not being, or unable to be, managed in"
                + " the community (both parts are needed)",
            Condition.yes(IN_CRISIS),
            Condition.yes(RISK_NOT_MANAGED_IN_COMMUNITY))
        .anyOf(
            "national-amber",
            Rating.AMBER,
            "Amber, national definition: either criterion is enough",
            Condition.yes(IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION),
            Condition.yes(SIGNIFICANTLY_INCREASED_RISK))
        .anyOf(
            "national-green",
            Rating.GREEN,
            "Green, national definition",
            Condition.yes(SOME_RISKS_CURRENTLY_MANAGED))
        .contradiction(
            "managed-and-not-managed",
            "risks cannot be both managed effectively and not manageable in the community",
            Condition.yes(SOME_RISKS_CURRENTLY_MANAGED),
            Condition.yes(RISK_NOT_MANAGED_IN_COMMUNITY))
        .build();
  }

  /** The questions of the national definitions, with or without Red's first criterion. */
  private static void nationalItems(Instrument.Builder builder, boolean askImmediateRisk) {
    if (askImmediateRisk) {
      builder.yesNo(
          IMMEDIATE_RISK_OF_ADMISSION,
          "Is there an immediate risk that the person will be admitted to a mental health"
              + " hospital?");
    }
    builder
        .yesNo(IN_CRISIS, "Are the person and/or their family experiencing a crisis?")
        .yesNo(
            RISK_NOT_MANAGED_IN_COMMUNITY,
            "Is the risk of admission not being, or unable to be, managed in the community?")
        .yesNo(
            IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION,
            "Is there an immediate risk of admission to a mental health hospital without urgent"
                + " intervention?")
        .yesNo(
            SIGNIFICANTLY_INCREASED_RISK,
            "Is there a significantly increased risk of the person becoming mentally unwell and/or"
                + " of placement or family breakdown?")
        .yesNo(
            SOME_RISKS_CURRENTLY_MANAGED,
            "Are there some risks that could lead to admission, currently managed effectively?");
  }

  /**
   * Red on any one Red criterion: the rules of national version 2023.1 (without the immediate-risk
   * question) and of the local variant {@link Instruments#anyOneCriterionIsEnough()} (with it). The
   * rule texts of 2023.1 are kept word for word, as decisions recorded under it hold them.
   */
  static Instrument anyOneCriterion(
      String id, String version, String title, boolean askImmediateRisk) {
    Instrument.Builder builder = Instrument.builder(id, version).title(title);
    nationalItems(builder, askImmediateRisk);
    List<Condition> red = new ArrayList<>();
    if (askImmediateRisk) {
      red.add(Condition.yes(IMMEDIATE_RISK_OF_ADMISSION));
    }
    red.add(Condition.yes(IN_CRISIS));
    red.add(Condition.yes(RISK_NOT_MANAGED_IN_COMMUNITY));
    return builder
        .anyOf(
            "national-red",
            Rating.RED,
            askImmediateRisk
                ? "Red, local variant: any one criterion is enough (an immediate risk of"
                    + " admission, a crisis, or a risk not managed in the community)"
                : "Red (national definition): the person and/or family are in crisis, or the risk"
                    + " of admission is not being or cannot be managed in the community",
            red.toArray(new Condition[0]))
        .anyOf(
            "national-amber",
            Rating.AMBER,
            "Amber (national definition): immediate risk of admission without urgent intervention,"
                + " or significantly increased risk of becoming unwell or of placement or family"
                + " breakdown",
            Condition.yes(IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION),
            Condition.yes(SIGNIFICANTLY_INCREASED_RISK))
        .anyOf(
            "national-green",
            Rating.GREEN,
            "Green (national definition): some risks that could lead to admission, currently"
                + " managed effectively",
            Condition.yes(SOME_RISKS_CURRENTLY_MANAGED))
        .contradiction(
            "managed-and-not-managed",
            "risks cannot be both managed effectively and not manageable in the community",
            Condition.yes(SOME_RISKS_CURRENTLY_MANAGED),
            Condition.yes(RISK_NOT_MANAGED_IN_COMMUNITY))
        .build();
  }
}
