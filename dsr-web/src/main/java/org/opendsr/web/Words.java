package org.opendsr.web;

import java.util.List;
import java.util.Map;
import org.opendsr.consent.Basis;
import org.opendsr.consent.BestInterestsDecision;
import org.opendsr.consent.CapacityAssessment;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.schedule.TaskKind;
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
          Map.entry("CetrPlanned", "Care (Education) and Treatment Review planned"),
          Map.entry("CetrHeld", "Care (Education) and Treatment Review held"),
          Map.entry("CetrRefused", "Care (Education) and Treatment Review refused"),
          Map.entry("Admitted", "Admitted to hospital"),
          Map.entry("AdmittedOnUnknownDate", "In hospital; admission date to be recorded"),
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
    if (change instanceof RegisterEvent.TaskOpened t) {
      return "New task: " + t.task().kind().description();
    }
    if (change instanceof RegisterEvent.ConsentRecorded c) {
      return "Consent recorded" + purpose(c.record().purpose());
    }
    return EVENTS.getOrDefault(change.getClass().getSimpleName(), "Record updated");
  }

  /** One choice of a radio or checkbox: the value sent, and the words shown. */
  record Option(String value, String label) {}

  static List<Option> sources() {
    return List.of(
        new Option(ReferralSource.SELF.name(), "The person referred themselves"),
        new Option(ReferralSource.FAMILY_OR_CARER.name(), "A family member or carer"),
        new Option(
            ReferralSource.PROFESSIONAL.name(), "A professional, like a GP or school nurse"));
  }

  static List<Option> settings() {
    return List.of(
        new Option(Residence.Setting.FAMILY_HOME.name(), "With family or carers"),
        new Option(Residence.Setting.OWN_HOME.name(), "In their own home"),
        new Option(Residence.Setting.SUPPORTED_LIVING.name(), "Supported living"),
        new Option(Residence.Setting.RESIDENTIAL_CARE.name(), "A care home"),
        new Option(
            Residence.Setting.RESIDENTIAL_EDUCATION.name(), "A residential school or college"),
        new Option(Residence.Setting.HOSPITAL.name(), "In hospital"),
        new Option(Residence.Setting.OTHER.name(), "Somewhere else"));
  }

  static List<Option> diagnoses() {
    return List.of(
        new Option(Diagnosis.LEARNING_DISABILITY.name(), "A learning disability"),
        new Option(Diagnosis.AUTISM.name(), "Autism"),
        new Option(
            Diagnosis.LEARNING_DISABILITY_AND_AUTISM.name(), "A learning disability and autism"),
        new Option(Diagnosis.SUSPECTED_AUTISM.name(), "Waiting for an autism assessment"));
  }

  static List<Option> childsViews() {
    return List.of(
        new Option(ParentalConsent.ChildsView.AGREES.name(), "The child agrees"),
        new Option(ParentalConsent.ChildsView.DISAGREES.name(), "The child does not agree"),
        new Option(
            ParentalConsent.ChildsView.COULD_NOT_EXPRESS.name(),
            "The child was asked, with support, but could not give a view"));
  }

  static List<Option> inabilities() {
    return List.of(
        new Option(
            CapacityAssessment.Inability.UNDERSTAND.name(), "Understand the information about it"),
        new Option(CapacityAssessment.Inability.RETAIN.name(), "Remember that information"),
        new Option(
            CapacityAssessment.Inability.USE_OR_WEIGH.name(),
            "Use or weigh up that information to decide"),
        new Option(
            CapacityAssessment.Inability.COMMUNICATE.name(),
            "Tell others their decision in any way"));
  }

  static List<Option> consultedRoles() {
    return List.of(
        new Option(BestInterestsDecision.Role.FAMILY.name(), "Family"),
        new Option(BestInterestsDecision.Role.CARER.name(), "A carer"),
        new Option(BestInterestsDecision.Role.ADVOCATE.name(), "An advocate"),
        new Option(
            BestInterestsDecision.Role.OTHER.name(), "Someone else who cares about the person"));
  }

  static List<Option> yesNo() {
    return List.of(new Option("yes", "Yes"), new Option("no", "No"));
  }

  /** The basis a purpose is permitted on, in words. */
  static String basis(Basis basis) {
    switch (basis) {
      case PERSON_CONSENT:
        return "The person's own consent";
      case BEST_INTERESTS:
        return "A best-interests decision, as the person lacks capacity for this decision";
      case PARENTAL_RESPONSIBILITY:
        return "Consent of a person with parental responsibility";
      case GILLICK_COMPETENT_CHILD:
        return "The child's own consent (assessed as able to decide)";
      case ATTORNEY:
        return "A decision by the person's registered attorney";
      default:
        return "Another basis";
    }
  }

  /** What to do about an open task, as the words of its link. */
  static String taskAction(TaskKind kind) {
    switch (kind) {
      case FIRST_CONTACT:
        return "Record first contact";
      case FIRST_RISK_REVIEW:
        return "Rate the person";
      case RERATE:
        return "Rate the person again";
      case CONSENT_RECHECK:
        return "Record consent";
      case CETR:
        return "Record consent for this review";
      case DSR_REVIEW:
        return "Record the review held";
      case ADMISSION_DATE:
        return "Record the admission date";
      default:
        return "Mark as done";
    }
  }

  /** The purpose of a consent record as the end of a sentence, without ids. */
  private static String purpose(org.opendsr.consent.Purpose p) {
    if (p instanceof org.opendsr.consent.Purpose.Inclusion) {
      return " about being on the register";
    }
    if (p instanceof org.opendsr.consent.Purpose.SharingWith) {
      return " about sharing information with an agency";
    }
    if (p instanceof org.opendsr.consent.Purpose.Cetr) {
      return " about a care and treatment review";
    }
    return " about a referral to the keyworker service";
  }
}
