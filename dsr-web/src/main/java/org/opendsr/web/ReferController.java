package org.opendsr.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendsr.core.ValidationException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.CommandResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referring a person to the register: by themselves, their family or a professional. */
@Controller
public class ReferController {

  /** The form's fields in the order they are asked, for the error summary. */
  static final List<String> ORDER =
      List.of(
          "source",
          "referrerRole",
          "telephone",
          "email",
          "receivedDay",
          "receivedMonth",
          "receivedYear",
          "givenName",
          "familyName",
          "nhsNumber",
          "bornDay",
          "bornMonth",
          "bornYear",
          "diagnosis",
          "address",
          "postcode",
          "locality",
          "setting");

  /** The library's fields, and their words, on this form. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("name.given", "givenName"),
          Map.entry("label:name.given", "the first name"),
          Map.entry("name.family", "familyName"),
          Map.entry("label:name.family", "the last name"),
          Map.entry("nhsNumber", "nhsNumber"),
          Map.entry("label:nhsNumber", "the person with this NHS number"),
          Map.entry("dateOfBirth", "bornDay"),
          Map.entry("label:dateOfBirth", "the date of birth"),
          Map.entry("residence.locality", "locality"),
          Map.entry("label:residence.locality", "the area"),
          Map.entry("residence.postcode", "postcode"),
          Map.entry("label:residence.postcode", "the postcode"),
          Map.entry("residence.address", "address"),
          Map.entry("label:residence.address", "the address"),
          Map.entry("contact", "telephone"),
          Map.entry("label:contact", "the referrer's contact"),
          Map.entry("contact.telephone", "telephone"),
          Map.entry("label:contact.telephone", "the referrer's telephone number"),
          Map.entry("contact.email", "email"),
          Map.entry("label:contact.email", "the referrer's email address"),
          Map.entry("referral.referrerRole", "referrerRole"),
          Map.entry("label:referral.referrerRole", "the referrer's role"),
          Map.entry("referral.date", "receivedDay"),
          Map.entry("label:referral.date", "the date the referral was received"));

  private final AccessControlledRegister register;
  private final Forms forms;

  ReferController(AccessControlledRegister register, Forms forms) {
    this.register = register;
    this.forms = forms;
  }

  /** An empty referral, dated today. */
  @GetMapping("/refer")
  String form(Principal principal, Model model) {
    forms.require(forms.actor(principal), Operation.REFER, Optional.empty());
    ReferForm form = new ReferForm();
    LocalDate today = forms.today();
    form.setReceivedDay(Integer.toString(today.getDayOfMonth()));
    form.setReceivedMonth(Integer.toString(today.getMonthValue()));
    form.setReceivedYear(Integer.toString(today.getYear()));
    model.addAttribute("form", form);
    return show(model, principal, null);
  }

  /** Saves the referral and opens the person's page, or shows the form again with its errors. */
  @PostMapping("/refer")
  String refer(
      Principal principal,
      @Valid @ModelAttribute("form") ReferForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = forms.actor(principal);
    forms.require(actor, Operation.REFER, Optional.empty());
    LocalDate received =
        forms.date(
            errors,
            "received",
            "the date the referral was received",
            form.getReceivedDay(),
            form.getReceivedMonth(),
            form.getReceivedYear(),
            false);
    LocalDate born =
        forms.date(
            errors,
            "born",
            "the date of birth",
            form.getBornDay(),
            form.getBornMonth(),
            form.getBornYear(),
            false);
    PersonDetails person = null;
    Referral referral = null;
    try {
      ContactDetails contact =
          new ContactDetails(
              Optional.ofNullable(form.getTelephone()), Optional.ofNullable(form.getEmail()));
      if (!errors.hasFieldErrors("referrerRole")
          && !errors.hasFieldErrors("source")
          && received != null) {
        referral =
            Referral.of(
                ReferralSource.valueOf(form.getSource()),
                received,
                form.getReferrerRole(),
                contact);
      }
    } catch (ValidationException refused) {
      Forms.reject(errors, refused, FIELDS);
    } catch (IllegalArgumentException notAChoice) {
      errors.rejectValue("source", "choice", "Select who made the referral");
    }
    try {
      if (!errors.hasFieldErrors("givenName")
          && !errors.hasFieldErrors("familyName")
          && !errors.hasFieldErrors("nhsNumber")
          && !errors.hasFieldErrors("locality")
          && !errors.hasFieldErrors("setting")
          && !errors.hasFieldErrors("diagnosis")
          && !errors.hasFieldErrors("address")
          && born != null) {
        person =
            PersonDetails.of(
                PersonName.of(form.getGivenName(), form.getFamilyName()),
                DateOfBirth.of(born),
                NhsNumber.parse(form.getNhsNumber()),
                new Residence(
                    form.getAddress() == null ? "" : form.getAddress(),
                    Optional.ofNullable(form.getPostcode()),
                    form.getLocality(),
                    Residence.Setting.valueOf(form.getSetting())),
                Diagnosis.valueOf(form.getDiagnosis()));
      }
    } catch (ValidationException refused) {
      Forms.reject(errors, refused, FIELDS);
    } catch (IllegalArgumentException notAChoice) {
      errors.reject("choice", "Select one of the choices given");
    }
    if (errors.hasErrors() || person == null || referral == null) {
      return show(model, principal, errors);
    }
    CommandResult done;
    try {
      done =
          register.handle(
              actor,
              AccessPurpose.DIRECT_CARE,
              new Command.Refer(actor.userId(), person, referral, List.of()));
    } catch (ValidationException refused) {
      Forms.reject(errors, refused, FIELDS);
      return show(model, principal, errors);
    }
    redirect.addFlashAttribute("done", "Referral received");
    return "redirect:/people/" + done.entryId().value();
  }

  private String show(Model model, Principal principal, BindingResult errors) {
    forms.common(model, principal, null);
    model.addAttribute("problems", errors == null ? List.of() : Forms.summary(errors, ORDER));
    model.addAttribute("sources", Words.sources());
    model.addAttribute("settings", Words.settings());
    model.addAttribute("diagnoses", Words.diagnoses());
    return "refer";
  }
}
