package org.opendsr.web;

import java.util.Map;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.rating.Rating;

/** Plain English for the library's values: no enum names or ids on screen. */
final class Words {

  private static final Map<String, String> EVENTS =
      Map.ofEntries(
          Map.entry("Referred", "Referred to the register"),
          Map.entry("CarriedOver", "Carried over from an earlier time on the register"),
          Map.entry("PersonDetailsUpdated", "Personal details updated"),
          Map.entry("ConsentRecorded", "Consent recorded"),
          Map.entry("ReferralAccepted", "Added to the register"),
          Map.entry("ReferralDeclined", "Referral declined"),
          Map.entry("FirstContactMade", "First contact made"),
          Map.entry("CaseSummaryUpdated", "Case summary updated"),
          Map.entry("AgencyInvolved", "Agency involved"),
          Map.entry("ProfessionalAdded", "Professional added"),
          Map.entry("ActionAdded", "Action added to the support plan"),
          Map.entry("ActionStatusChanged", "Support plan action updated"),
          Map.entry("RatingRecorded", "Rating recorded"),
          Map.entry("TaskOpened", "Task opened"),
          Map.entry("TaskClosed", "Task completed"),
          Map.entry("DsrReviewHeld", "Register review held"),
          Map.entry("CetrHeld", "Care (Education) and Treatment Review held"),
          Map.entry("CetrRefused", "Care (Education) and Treatment Review refused"),
          Map.entry("Admitted", "Admitted to hospital"),
          Map.entry("HospitalMoved", "Moved to another hospital"),
          Map.entry("Discharged", "Discharged from hospital"),
          Map.entry("EntryClosed", "Taken off the register"));

  private Words() {}

  static String status(EntryStatus status) {
    switch (status) {
      case REFERRED:
        return "Referred";
      case ACTIVE:
        return "On the register";
      case INCLUSION_BASIS_LAPSED:
        return "Consent or basis needs checking again";
      case DECLINED:
        return "Referral declined";
      case CLOSED:
        return "Taken off the register";
      default:
        return "Unknown";
    }
  }

  /** NHS.UK tag colour modifier for a rating. */
  static String tagColour(Rating rating) {
    switch (rating) {
      case RED:
        return "nhsuk-tag--red";
      case AMBER:
        return "nhsuk-tag--orange";
      case GREEN:
        return "nhsuk-tag--green";
      case BLUE:
        return "nhsuk-tag--blue";
      default:
        return "nhsuk-tag--grey";
    }
  }

  /** Starts a phrase with a capital letter, as the first word of a table cell. */
  static String sentence(String phrase) {
    return phrase.isEmpty()
        ? phrase
        : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
  }

  static String event(RegisterEvent change) {
    if (change instanceof RegisterEvent.RatingRecorded r) {
      return "Rated " + r.rating().finalRating().label();
    }
    return EVENTS.getOrDefault(change.getClass().getSimpleName(), "Record updated");
  }
}
