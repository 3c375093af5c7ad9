package org.opendsr.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Taking someone off the register, with a reason: validated, checked, audited, then redirected. */
@Controller
public class CloseController {

  private final AccessControlledRegister register;
  private final SecurityConfig.Actors actors;
  private final Forms forms;

  CloseController(AccessControlledRegister register, SecurityConfig.Actors actors, Forms forms) {
    this.register = register;
    this.actors = actors;
    this.forms = forms;
  }

  /** The form, opened on the entry's current version. */
  @GetMapping("/people/{id}/close")
  String form(Principal principal, @PathVariable String id, Model model) {
    Actor actor = actors.of(principal.getName());
    Entry entry = register.entry(actor, AccessPurpose.DIRECT_CARE, EntryId.of(id));
    CloseForm form = new CloseForm();
    form.setVersion(entry.version());
    model.addAttribute("form", form);
    return show(model, principal, entry);
  }

  /** Saves the closure, or shows the form again with its errors and what was typed. */
  @PostMapping("/people/{id}/close")
  String close(
      Principal principal,
      @PathVariable String id,
      @Valid @ModelAttribute("form") CloseForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = actors.of(principal.getName());
    EntryId entryId = EntryId.of(id);
    Entry entry = register.entry(actor, AccessPurpose.DIRECT_CARE, entryId);
    CloseReason reason = null;
    if (form.getReason() != null) {
      reason =
          Arrays.stream(CloseReason.values())
              .filter(r -> r.name().equals(form.getReason()))
              .findFirst()
              .orElse(null);
      if (reason == null) {
        errors.rejectValue("reason", "invalid", "Select why the person is coming off the register");
      }
    }
    LocalDate on = null;
    if (!errors.hasFieldErrors("day")
        && !errors.hasFieldErrors("month")
        && !errors.hasFieldErrors("year")) {
      try {
        on = LocalDate.of(form.getYear(), form.getMonth(), form.getDay());
      } catch (DateTimeException notADay) {
        errors.rejectValue("day", "date", "The date must be a real date");
      }
    }
    if (errors.hasErrors()) {
      return show(model, principal, entry);
    }
    try {
      register.handle(
          actor,
          AccessPurpose.DIRECT_CARE,
          new Command.CloseEntry(actor.userId(), entryId, form.getVersion(), on, reason));
    } catch (ConcurrentUpdateException stale) {
      form.setVersion(forms.stale(model, actor, entryId, form.getVersion()));
      return show(model, principal, entry);
    }
    redirect.addFlashAttribute("done", "Taken off the register");
    return "redirect:/people/" + entryId.value();
  }

  private String show(Model model, Principal principal, Entry entry) {
    model.addAttribute("entryId", entry.id().value());
    model.addAttribute(
        "name", entry.person().name().given() + " " + entry.person().name().family());
    model.addAttribute("reasons", CloseReason.values());
    model.addAttribute("user", actors.displayName(principal.getName()));
    return "close";
  }
}
