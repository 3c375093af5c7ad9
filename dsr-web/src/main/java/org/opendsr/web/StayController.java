package org.opendsr.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.InpatientStay;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.CommandResult;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Hospital stays: an admission (the person becomes Blue, and the library raises the place lead's
 * awareness and the post-admission review), a move to another hospital (a review follows) and a
 * discharge (a new rating is asked for).
 */
@Controller
public class StayController {

  static final List<String> ORDER = List.of("onDay", "onMonth", "onYear", "hospital", "secure");

  private static final Map<String, String> FIELDS =
      Map.of(
          "on", "onDay",
          "hospitalId", "hospital",
          "label:hospitalId", "the hospital code",
          "label:admission", "the person");

  private final AccessControlledRegister register;
  private final Forms forms;

  StayController(AccessControlledRegister register, Forms forms) {
    this.register = register;
    this.forms = forms;
  }

  /** What one of these forms is. */
  private enum Kind {
    ADMISSION(
        "Record a hospital admission",
        "the date of admission",
        "When was the person admitted?",
        "/admission",
        "Admission recorded"),
    MOVE(
        "Record a move to another hospital",
        "the date of the move",
        "When did the person move?",
        "/hospital-move",
        "Move of hospital recorded"),
    DISCHARGE(
        "Record a discharge from hospital",
        "the date of discharge",
        "When was the person discharged?",
        "/discharge",
        "Discharge recorded");

    final String title;
    final String what;
    final String legend;
    final String path;
    final String done;

    Kind(String title, String what, String legend, String path, String done) {
      this.title = title;
      this.what = what;
      this.legend = legend;
      this.path = path;
      this.done = done;
    }

    /** The kind whose page a request is for, by the end of its path ({@code /admission}, ...). */
    static Kind at(HttpServletRequest request) {
      String uri = request.getRequestURI();
      for (Kind k : values()) {
        if (uri.endsWith(k.path)) {
          return k;
        }
      }
      throw new NotFoundException("no such page");
    }
  }

  /** An admission, a move of hospital or a discharge: the form. */
  @GetMapping({"/people/{id}/admission", "/people/{id}/hospital-move", "/people/{id}/discharge"})
  String form(
      Principal principal, @PathVariable String id, HttpServletRequest request, Model model) {
    return open(principal, id, Kind.at(request), model);
  }

  /** An admission, a move of hospital or a discharge: saved, or the form again. */
  @PostMapping({"/people/{id}/admission", "/people/{id}/hospital-move", "/people/{id}/discharge"})
  String save(
      Principal principal,
      @PathVariable String id,
      HttpServletRequest request,
      @ModelAttribute("form") StayForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(principal, id, Kind.at(request), form, errors, model, redirect);
  }

  private String open(Principal principal, String id, Kind kind, Model model) {
    Entry entry = forms.entryFor(forms.actor(principal), id, Operation.RECORD_ADMISSION);
    requireApplies(entry, kind);
    StayForm form = new StayForm();
    form.setVersion(entry.version());
    form.fillDate(forms.today());
    model.addAttribute("form", form);
    return show(model, principal, entry, kind, null);
  }

  /**
   * Only an admission of someone not in hospital, or of someone carried over in hospital whose
   * admission date is to be recorded (the admission completes that stay), or a move or discharge of
   * someone who is in hospital.
   */
  private static void requireApplies(Entry entry, Kind kind) {
    if (kind == Kind.ADMISSION
        ? entry.isInpatient() && !entry.admissionDateToRecord()
        : !entry.isInpatient()) {
      throw new NotFoundException(
          kind == Kind.ADMISSION ? "already an inpatient" : "not an inpatient");
    }
  }

  private String save(
      Principal principal,
      String id,
      Kind kind,
      StayForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = forms.actor(principal);
    Entry entry = forms.entryFor(actor, id, Operation.RECORD_ADMISSION);
    LocalDate on =
        forms.date(
            errors, "on", kind.what, form.getOnDay(), form.getOnMonth(), form.getOnYear(), false);
    String hospital = form.getHospital() == null ? "" : form.getHospital().strip();
    if (kind != Kind.DISCHARGE) {
      if (hospital.isEmpty()) {
        errors.rejectValue("hospital", "required", "Enter the hospital code");
      }
      if (!"yes".equals(form.getSecure()) && !"no".equals(form.getSecure())) {
        errors.rejectValue("secure", "required", "Select whether the hospital is a secure setting");
      }
    }
    if (errors.hasErrors()) {
      return show(model, principal, entry, kind, errors);
    }
    String me = actor.userId();
    boolean secure = "yes".equals(form.getSecure());
    CommandResult result;
    try {
      // A malformed hospital code is refused as the command is built.
      Command command =
          switch (kind) {
            case ADMISSION ->
                new Command.RecordAdmission(
                    me, entry.id(), form.getVersion(), on, hospital, secure);
            case MOVE ->
                new Command.RecordHospitalMove(
                    me, entry.id(), form.getVersion(), on, hospital, secure);
            case DISCHARGE -> new Command.RecordDischarge(me, entry.id(), form.getVersion(), on);
          };
      result = register.handle(actor, AccessPurpose.DIRECT_CARE, command);
    } catch (ConcurrentUpdateException stale) {
      form.setVersion(forms.stale(model, actor, entry.id(), form.getVersion()));
      return show(model, principal, entry, kind, errors);
    } catch (ValidationException refused) {
      Forms.reject(errors, refused, FIELDS);
      return show(model, principal, entry, kind, errors);
    }
    redirect.addFlashAttribute("done", kind.done + followUp(result.entry(), kind));
    return "redirect:/people/" + entry.id().value();
  }

  /** What the library asks for next, in words, with the due dates. */
  private static String followUp(Entry after, Kind kind) {
    StringBuilder next = new StringBuilder(".");
    for (Task t : after.openTasks()) {
      boolean raised =
          kind == Kind.DISCHARGE
              ? t.kind() == TaskKind.RERATE
              : t.kind() == TaskKind.CETR || t.kind() == TaskKind.PLACE_LEAD_AWARENESS;
      if (raised) {
        next.append(' ')
            .append(Words.sentence(t.kind().description() + ": " + t.detail()))
            .append(", due by ")
            .append(t.due().format(Forms.DAY))
            .append('.');
      }
    }
    return next.toString();
  }

  private String show(
      Model model, Principal principal, Entry entry, Kind kind, BindingResult errors) {
    forms.common(model, principal, entry);
    model.addAttribute("problems", errors == null ? List.of() : Forms.summary(errors, ORDER));
    model.addAttribute("title", kind.title);
    model.addAttribute("legend", kind.legend);
    model.addAttribute("action", "/people/" + entry.id().value() + kind.path);
    model.addAttribute("askHospital", kind != Kind.DISCHARGE);
    model.addAttribute("yesNo", Words.yesNo());
    InpatientStay stay = entry.currentStay().orElse(null);
    model.addAttribute(
        "stay",
        stay == null
            ? null
            : "In hospital "
                + stay.hospitalId()
                + (stay.secure() ? " (a secure setting)" : "")
                + stay.admittedOn()
                    .map(d -> " since admission on " + d.format(Forms.DAY) + ".")
                    .orElse(", admission date to be recorded."));
    return "stay";
  }
}
