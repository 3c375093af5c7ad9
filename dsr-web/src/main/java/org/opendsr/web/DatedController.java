package org.opendsr.web;

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
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.schedule.Task;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Forms that record something done on a day: first contact with a referred person, a DSR review
 * held, and a task done that has no form of its own (a multi-agency meeting, naming C(E)TR
 * partners, a keyworker referral, making the place lead aware of an admission).
 */
@Controller
public class DatedController {

  static final List<String> ORDER = List.of("onDay", "onMonth", "onYear");

  private static final Map<String, String> FIELDS =
      Map.of(
          "on", "onDay",
          "label:on", "the date",
          "firstContact", "onDay",
          "label:firstContact", "first contact",
          "taskId", "onDay",
          "label:taskId", "the task");

  /** What one of these forms asks and records. */
  private record Kind(String title, String legend, String what, String done, Operation operation) {}

  private static final Kind FIRST_CONTACT =
      new Kind(
          "Record first contact",
          "When was the person first contacted?",
          "the date of first contact",
          "First contact recorded",
          Operation.UPDATE_ACTION_PLAN);

  private static final Kind REVIEW =
      new Kind(
          "Record a review held",
          "When was the register review held?",
          "the date of the review",
          "Review recorded",
          Operation.RECORD_REVIEW);

  private static final Kind TASK =
      new Kind(
          "Mark a task as done",
          "When was it done?",
          "the date it was done",
          "Task marked as done",
          Operation.UPDATE_ACTION_PLAN);

  private final AccessControlledRegister register;
  private final Forms forms;

  DatedController(AccessControlledRegister register, Forms forms) {
    this.register = register;
    this.forms = forms;
  }

  /** First contact: the form. */
  @GetMapping("/people/{id}/first-contact")
  String firstContact(Principal principal, @PathVariable String id, Model model) {
    return open(principal, id, null, FIRST_CONTACT, model);
  }

  /** First contact: saved, or the form again. */
  @PostMapping("/people/{id}/first-contact")
  String saveFirstContact(
      Principal principal,
      @PathVariable String id,
      @ModelAttribute("form") DatedForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(principal, id, null, FIRST_CONTACT, form, errors, model, redirect);
  }

  /** A review held: the form. */
  @GetMapping("/people/{id}/review")
  String review(Principal principal, @PathVariable String id, Model model) {
    return open(principal, id, null, REVIEW, model);
  }

  /** A review held: saved, or the form again. */
  @PostMapping("/people/{id}/review")
  String saveReview(
      Principal principal,
      @PathVariable String id,
      @ModelAttribute("form") DatedForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(principal, id, null, REVIEW, form, errors, model, redirect);
  }

  /** A task done: the form. */
  @GetMapping("/people/{id}/tasks/{taskId}/done")
  String task(
      Principal principal, @PathVariable String id, @PathVariable String taskId, Model model) {
    return open(principal, id, taskId, TASK, model);
  }

  /** A task done: saved, or the form again. */
  @PostMapping("/people/{id}/tasks/{taskId}/done")
  String saveTask(
      Principal principal,
      @PathVariable String id,
      @PathVariable String taskId,
      @ModelAttribute("form") DatedForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return save(principal, id, taskId, TASK, form, errors, model, redirect);
  }

  private String open(Principal principal, String id, String taskId, Kind kind, Model model) {
    Entry entry = forms.entryFor(forms.actor(principal), id, kind.operation());
    DatedForm form = new DatedForm();
    form.setVersion(entry.version());
    form.fillDate(forms.today());
    model.addAttribute("form", form);
    return show(model, principal, entry, taskId, kind, null);
  }

  private String save(
      Principal principal,
      String id,
      String taskId,
      Kind kind,
      DatedForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = forms.actor(principal);
    Entry entry = forms.entryFor(actor, id, kind.operation());
    Task task = taskOf(entry, taskId);
    LocalDate on =
        forms.date(
            errors, "on", kind.what(), form.getOnDay(), form.getOnMonth(), form.getOnYear(), false);
    if (errors.hasErrors()) {
      return show(model, principal, entry, taskId, kind, errors);
    }
    String me = actor.userId();
    Command command =
        kind == FIRST_CONTACT
            ? new Command.RecordFirstContact(me, entry.id(), form.getVersion(), on)
            : kind == REVIEW
                ? new Command.RecordDsrReview(me, entry.id(), form.getVersion(), on)
                : new Command.CompleteTask(me, entry.id(), form.getVersion(), task.id(), on);
    try {
      register.handle(actor, AccessPurpose.DIRECT_CARE, command);
    } catch (ConcurrentUpdateException stale) {
      form.setVersion(forms.stale(model, actor, entry.id(), form.getVersion()));
      return show(model, principal, entry, taskId, kind, errors);
    } catch (ValidationException refused) {
      Forms.reject(errors, refused, FIELDS);
      return show(model, principal, entry, taskId, kind, errors);
    }
    redirect.addFlashAttribute("done", kind.done());
    return "redirect:/people/" + entry.id().value();
  }

  /** The task a form is for: one of the entry's, completed directly; anything else is unknown. */
  private static Task taskOf(Entry entry, String taskId) {
    if (taskId == null) {
      return null;
    }
    return entry
        .task(taskId)
        .filter(t -> t.kind().isCompletedDirectly())
        .orElseThrow(() -> new NotFoundException("no such task on the entry"));
  }

  private String show(
      Model model,
      Principal principal,
      Entry entry,
      String taskId,
      Kind kind,
      BindingResult errors) {
    forms.common(model, principal, entry);
    Task task = taskOf(entry, taskId);
    model.addAttribute("problems", errors == null ? List.of() : Forms.summary(errors, ORDER));
    model.addAttribute("title", kind.title());
    model.addAttribute("legend", kind.legend());
    model.addAttribute(
        "task",
        task == null ? null : Words.sentence(task.kind().description() + ": " + task.detail()));
    model.addAttribute(
        "action",
        kind == FIRST_CONTACT
            ? "/people/" + entry.id().value() + "/first-contact"
            : kind == REVIEW
                ? "/people/" + entry.id().value() + "/review"
                : "/people/" + entry.id().value() + "/tasks/" + taskId + "/done");
    return "dated";
  }
}
