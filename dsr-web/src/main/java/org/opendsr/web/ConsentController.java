package org.opendsr.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendsr.consent.AttorneyDecision;
import org.opendsr.consent.BestInterestsDecision;
import org.opendsr.consent.CapacityAssessment;
import org.opendsr.consent.ConsentException;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.GillickAssessment;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.CommandResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recording consent in each lawful way the library supports: the person's own consent or refusal, a
 * child's own consent when able to decide, a parent's consent with the child's view, a capacity
 * assessment with a best-interests decision, a registered attorney's decision, and a withdrawal.
 * First the purpose and the way are chosen, then the details the way needs.
 */
@Controller
public class ConsentController {

  /** The ways, in the order offered. */
  enum Way {
    OWN("The person gave their own consent"),
    GILLICK(
        "A child under 16 gave their own consent, assessed as able to decide for themselves"
            + " (Gillick competent)"),
    PARENTAL("A person with parental responsibility consented for a child under 16"),
    BEST_INTERESTS(
        "The person lacks capacity for this decision, so a best-interests decision was made"),
    ATTORNEY(
        "The person's registered attorney decided (lasting power of attorney for health and"
            + " welfare)"),
    REFUSED("The person refused"),
    WITHDRAWN("Consent was withdrawn");

    final String label;

    Way(String label) {
      this.label = label;
    }
  }

  static final List<String> CHOOSE_ORDER = List.of("purpose", "way");

  static final List<String> ORDER =
      List.of(
          "onDay",
          "onMonth",
          "onYear",
          "parentRelationship",
          "childsView",
          "inabilities",
          "consulted",
          "inBestInterests",
          "reasons",
          "attorneyBornDay",
          "attorneyBornMonth",
          "attorneyBornYear",
          "lpaDay",
          "lpaMonth",
          "lpaYear",
          "withdrawnBy");

  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("date", "onDay"),
          Map.entry("label:date", "the date"),
          Map.entry("record.date", "onDay"),
          Map.entry("label:record.date", "the date"),
          Map.entry("attorneyDateOfBirth", "attorneyBornDay"),
          Map.entry("label:attorneyDateOfBirth", "the attorney"),
          Map.entry("parentId", "parentRelationship"),
          Map.entry("label:parentId", "the relationship"),
          Map.entry("reasons", "reasons"),
          Map.entry("label:reasons", "the reasons"));

  private static final List<Words.Option> WITHDRAWN_BY =
      List.of(
          new Words.Option("person", "The person"),
          new Words.Option("parent", "A person with parental responsibility"),
          new Words.Option("attorney", "The person's attorney"),
          new Words.Option("decision-maker", "The best-interests decision maker"));

  private final AccessControlledRegister register;
  private final Forms forms;
  private final Consents consents;

  ConsentController(AccessControlledRegister register, Forms forms, Consents consents) {
    this.register = register;
    this.forms = forms;
    this.consents = consents;
  }

  /** The first step: what the consent is for, and how it was given. */
  @GetMapping("/people/{id}/consent")
  String choose(
      Principal principal,
      @PathVariable String id,
      @ModelAttribute("form") ConsentForm form,
      Model model) {
    Entry entry = forms.entryFor(forms.actor(principal), id, Operation.RECORD_CONSENT);
    return showChoice(model, principal, entry, null);
  }

  /** The second step: the details the chosen way needs; or the first again if nothing chosen. */
  @GetMapping("/people/{id}/consent/details")
  String details(
      Principal principal,
      @PathVariable String id,
      @ModelAttribute("form") ConsentForm form,
      BindingResult errors,
      Model model) {
    Entry entry = forms.entryFor(forms.actor(principal), id, Operation.RECORD_CONSENT);
    if (purposeOf(entry, form.getPurpose()) == null) {
      errors.rejectValue("purpose", "required", "Select what the consent is for");
    }
    if (wayOf(form.getWay()) == null) {
      errors.rejectValue("way", "required", "Select how the decision was made");
    }
    if (errors.hasErrors()) {
      return showChoice(model, principal, entry, errors);
    }
    form.setVersion(entry.version());
    form.fillDate(forms.today());
    return showDetails(model, principal, entry, null);
  }

  /** Saves the record (or records, with an assessment) and shows the person. */
  @PostMapping("/people/{id}/consent/details")
  String save(
      Principal principal,
      @PathVariable String id,
      @Valid @ModelAttribute("form") ConsentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = forms.actor(principal);
    Entry entry = forms.entryFor(actor, id, Operation.RECORD_CONSENT);
    Purpose purpose = purposeOf(entry, form.getPurpose());
    Way way = wayOf(form.getWay());
    if (purpose == null || way == null) {
      if (purpose == null) {
        errors.rejectValue("purpose", "required", "Select what the consent is for");
      }
      if (way == null) {
        errors.rejectValue("way", "required", "Select how the decision was made");
      }
      return showChoice(model, principal, entry, errors);
    }
    LocalDate on =
        forms.date(
            errors,
            "on",
            "the date of the decision",
            form.getOnDay(),
            form.getOnMonth(),
            form.getOnYear(),
            false);
    List<ConsentRecord> records = new ArrayList<>();
    try {
      records = records(actor, form, way, purpose, on, errors);
    } catch (ConsentException refused) {
      String message = refused.getMessage();
      int colon = message.indexOf(':');
      if (colon > 0 && !message.substring(0, colon).contains(" ")) {
        Forms.reject(
            errors, message.substring(0, colon), message.substring(colon + 1).strip(), FIELDS);
      } else {
        errors.reject("consent", Words.sentence(message));
      }
    }
    if (errors.hasErrors()) {
      return showDetails(model, principal, entry, errors);
    }
    long version = form.getVersion();
    CommandResult done = null;
    try {
      for (ConsentRecord r : records) {
        done =
            register.handle(
                actor,
                AccessPurpose.DIRECT_CARE,
                new Command.RecordConsent(actor.userId(), entry.id(), version, r));
        version = done.version();
      }
    } catch (ConcurrentUpdateException stale) {
      form.setVersion(forms.stale(model, actor, entry.id(), form.getVersion()));
      return showDetails(model, principal, entry, errors);
    } catch (ValidationException refused) {
      Forms.reject(errors, refused, FIELDS);
      return showDetails(model, principal, entry, errors);
    }
    Consents.Status status =
        consents.status(done.entry(), form.getPurpose(), purpose, forms.today());
    redirect.addFlashAttribute(
        "done",
        "Saved. "
            + status.purpose()
            + (status.inPlace() ? ": in place. " + status.basis() + "." : ": not in place."));
    return "redirect:/people/" + entry.id().value();
  }

  /** The records the chosen way makes; adds an error for each detail missing. */
  private List<ConsentRecord> records(
      Actor actor, ConsentForm form, Way way, Purpose purpose, LocalDate on, BindingResult errors) {
    String me = actor.userId();
    switch (way) {
      case OWN:
        return on == null ? List.of() : List.of(ConsentGiven.of(purpose, on, me));
      case REFUSED:
        return on == null ? List.of() : List.of(ConsentRefused.of(purpose, on, me));
      case GILLICK:
        return on == null
            ? List.of()
            : List.of(
                GillickAssessment.competent(purpose, on, me), ConsentGiven.of(purpose, on, me));
      case PARENTAL:
        {
          if (blank(form.getParentRelationship())) {
            errors.rejectValue(
                "parentRelationship",
                "required",
                "Enter the relationship to the child of the person with parental responsibility");
          }
          ParentalConsent.ChildsView view = childsView(form.getChildsView());
          if (view == null) {
            errors.rejectValue("childsView", "required", "Select what the child said");
          }
          if (on == null || errors.hasErrors()) {
            return List.of();
          }
          return List.of(
              ParentalConsent.withChildsView(
                  purpose, on, "parent-" + slug(form.getParentRelationship()), view, me));
        }
      case BEST_INTERESTS:
        {
          Set<CapacityAssessment.Inability> cannot = inabilities(form, errors);
          List<BestInterestsDecision.ConsultedParty> consulted = new ArrayList<>();
          for (String role : form.getConsulted()) {
            try {
              BestInterestsDecision.Role r = BestInterestsDecision.Role.valueOf(role);
              consulted.add(
                  new BestInterestsDecision.ConsultedParty(
                      r, "consulted-" + r.name().toLowerCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException notARole) {
              // Not one of the choices offered: ignored, and required below if none is left.
            }
          }
          if (consulted.isEmpty()) {
            errors.rejectValue(
                "consulted", "required", "Select who was consulted before the decision");
          }
          if (!"yes".equals(form.getInBestInterests()) && !"no".equals(form.getInBestInterests())) {
            errors.rejectValue(
                "inBestInterests",
                "required",
                "Select whether it is in the person's best interests");
          }
          if (blank(form.getReasons())) {
            errors.rejectValue("reasons", "required", "Enter the reasons for the decision");
          }
          if (on == null || errors.hasErrors()) {
            return List.of();
          }
          CapacityAssessment assessment = CapacityAssessment.lacksCapacity(purpose, on, me, cannot);
          BestInterestsDecision decision =
              "yes".equals(form.getInBestInterests())
                  ? BestInterestsDecision.inFavour(purpose, on, me, consulted, form.getReasons())
                  : BestInterestsDecision.against(purpose, on, me, consulted, form.getReasons());
          return List.of(assessment, decision);
        }
      case ATTORNEY:
        {
          Set<CapacityAssessment.Inability> cannot = inabilities(form, errors);
          LocalDate attorneyBorn =
              forms.date(
                  errors,
                  "attorneyBorn",
                  "the attorney's date of birth",
                  form.getAttorneyBornDay(),
                  form.getAttorneyBornMonth(),
                  form.getAttorneyBornYear(),
                  false);
          LocalDate registered =
              forms.date(
                  errors,
                  "lpa",
                  "the date the power of attorney was registered",
                  form.getLpaDay(),
                  form.getLpaMonth(),
                  form.getLpaYear(),
                  false);
          if (on == null || errors.hasErrors()) {
            return List.of();
          }
          return List.of(
              CapacityAssessment.lacksCapacity(purpose, on, me, cannot),
              new AttorneyDecision(
                  purpose, on, me, "attorney-of-record", attorneyBorn, registered, true));
        }
      case WITHDRAWN:
      default:
        {
          boolean known =
              WITHDRAWN_BY.stream().anyMatch(o -> o.value().equals(form.getWithdrawnBy()));
          if (!known) {
            errors.rejectValue("withdrawnBy", "required", "Select who withdrew consent");
          }
          if (on == null || errors.hasErrors()) {
            return List.of();
          }
          return List.of(Withdrawal.of(purpose, on, form.getWithdrawnBy(), me));
        }
    }
  }

  private static Set<CapacityAssessment.Inability> inabilities(
      ConsentForm form, BindingResult errors) {
    Set<CapacityAssessment.Inability> cannot = EnumSet.noneOf(CapacityAssessment.Inability.class);
    for (String i : form.getInabilities()) {
      try {
        cannot.add(CapacityAssessment.Inability.valueOf(i));
      } catch (IllegalArgumentException notAChoice) {
        // Not one of the choices offered: ignored, and required below if none is left.
      }
    }
    if (cannot.isEmpty()) {
      errors.rejectValue(
          "inabilities", "required", "Select what the person cannot do for this decision");
    }
    return cannot;
  }

  private static ParentalConsent.ChildsView childsView(String value) {
    for (ParentalConsent.ChildsView v : ParentalConsent.ChildsView.values()) {
      if (v.name().equals(value)) {
        return v;
      }
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** An opaque id from the words typed for a relationship: lower case letters and dashes. */
  private static String slug(String words) {
    String s = words.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return s.isEmpty() ? "unnamed" : s;
  }

  private Purpose purposeOf(Entry entry, String key) {
    return key == null ? null : consents.purposes(entry, forms.today()).get(key);
  }

  private static Way wayOf(String value) {
    for (Way w : Way.values()) {
      if (w.name().equals(value)) {
        return w;
      }
    }
    return null;
  }

  private String showChoice(Model model, Principal principal, Entry entry, BindingResult errors) {
    forms.common(model, principal, entry);
    model.addAttribute(
        "problems", errors == null ? List.of() : Forms.summary(errors, CHOOSE_ORDER));
    List<Words.Option> purposes = new ArrayList<>();
    consents
        .purposes(entry, forms.today())
        .forEach((key, p) -> purposes.add(new Words.Option(key, Consents.describe(entry, p))));
    model.addAttribute("purposes", purposes);
    List<Words.Option> ways = new ArrayList<>();
    for (Way w : Way.values()) {
      ways.add(new Words.Option(w.name(), w.label));
    }
    model.addAttribute("ways", ways);
    return "consent-choose";
  }

  private String showDetails(Model model, Principal principal, Entry entry, BindingResult errors) {
    forms.common(model, principal, entry);
    if (errors != null) {
      model.addAttribute("problems", Forms.summary(errors, ORDER));
    }
    ConsentForm form = (ConsentForm) model.getAttribute("form");
    Way way = wayOf(form.getWay());
    model.addAttribute("way", way.name());
    model.addAttribute("wayLabel", way.label);
    model.addAttribute(
        "purposeLabel", Consents.describe(entry, purposeOf(entry, form.getPurpose())));
    model.addAttribute("childsViews", Words.childsViews());
    model.addAttribute("inabilityOptions", Words.inabilities());
    model.addAttribute("consultedOptions", Words.consultedRoles());
    model.addAttribute("yesNo", Words.yesNo());
    model.addAttribute("withdrawnByOptions", WITHDRAWN_BY);
    return "consent-details";
  }
}
