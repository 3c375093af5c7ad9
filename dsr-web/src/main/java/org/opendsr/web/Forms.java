package org.opendsr.web;

import java.security.Principal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.access.AccessDecision;
import org.opendsr.core.access.AccessPolicy;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.register.AccessControlledRegister;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What every form shares: who is asking, the entry and whether the library's access rules let them
 * use the form, dates typed as day, month and year, the error summary in the order of the form's
 * fields, the library's refusals named by field, and a record changed by someone else.
 */
@Component
class Forms {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** Shown when the record changed between opening a form and saving it. */
  static final String STALE = "This record was changed by someone else since you opened it.";

  private final AccessControlledRegister register;
  private final SecurityConfig.Actors actors;
  private final AuditTrail audit;
  private final Clock clock;

  Forms(
      AccessControlledRegister register,
      SecurityConfig.Actors actors,
      AuditTrail audit,
      Clock clock) {
    this.register = register;
    this.actors = actors;
    this.audit = audit;
    this.clock = clock;
  }

  Actor actor(Principal principal) {
    return actors.of(principal.getName());
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  java.time.ZoneId zone() {
    return clock.getZone();
  }

  /**
   * The entry, read for direct care (audited), once the library's access rules allow the actor the
   * operation the form performs on it; a denial is audited and shown as the 403 page before anyone
   * types into a form they cannot save.
   */
  Entry entryFor(Actor actor, String id, Operation operation) {
    Entry entry = register.entry(actor, AccessPurpose.DIRECT_CARE, EntryId.of(id));
    require(actor, operation, Optional.of(entry));
    return entry;
  }

  /** Refuses, audited, an operation the library's access rules do not allow the actor. */
  void require(Actor actor, Operation operation, Optional<Entry> entry) {
    AccessDecision decision =
        AccessPolicy.decide(
            actor, operation, AccessPurpose.DIRECT_CARE, entry.map(register::factsOf));
    if (!decision.granted()) {
      audit.append(
          AuditRecord.denied(
              clock.instant(),
              actor,
              AccessPurpose.DIRECT_CARE,
              operation,
              entry.map(e -> e.id().value()),
              decision.reason()));
      throw new AccessDeniedException(operation + " denied: " + decision.reason());
    }
  }

  /** The page's common parts: who is signed in, and whose record the form is about. */
  void common(Model model, Principal principal, Entry entry) {
    model.addAttribute("user", actors.displayName(principal.getName()));
    if (entry != null) {
      model.addAttribute("entryId", entry.id().value());
      model.addAttribute("name", nameOf(entry));
    }
  }

  static String nameOf(Entry entry) {
    return entry.person().name().given() + " " + entry.person().name().family();
  }

  /**
   * A date typed as day, month and year into the fields {@code prefix + "Day"}, {@code "Month"} and
   * {@code "Year"}, checked as the NHS.UK date input pattern asks: each error names the date and
   * what is wrong, on the first part that is wrong. Dates may not be in the future unless {@code
   * future} is true.
   *
   * @return the date, or null after adding an error
   */
  LocalDate date(
      BindingResult errors,
      String prefix,
      String what,
      String day,
      String month,
      String year,
      boolean future) {
    boolean noDay = blank(day);
    boolean noMonth = blank(month);
    boolean noYear = blank(year);
    if (noDay && noMonth && noYear) {
      errors.rejectValue(prefix + "Day", "required", "Enter " + what);
      return null;
    }
    if (noDay || noMonth || noYear) {
      String part = noDay ? "Day" : noMonth ? "Month" : "Year";
      errors.rejectValue(
          prefix + part,
          "incomplete",
          Words.sentence(what) + " must include a " + part.toLowerCase(Locale.ROOT));
      return null;
    }
    Integer d = number(day);
    Integer m = number(month);
    Integer y = number(year);
    if (d == null || m == null || y == null || y < 1000 || y > 9999) {
      String part = d == null ? "Day" : m == null ? "Month" : "Year";
      errors.rejectValue(
          prefix + part, "real", Words.sentence(what) + " must be a real date, like 15 3 2026");
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.of(y, m, d);
    } catch (DateTimeException notADay) {
      errors.rejectValue(
          prefix + "Day", "real", Words.sentence(what) + " must be a real date, like 15 3 2026");
      return null;
    }
    if (!future && date.isAfter(today())) {
      errors.rejectValue(
          prefix + "Day", "future", Words.sentence(what) + " must be today or in the past");
      return null;
    }
    return date;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Integer number(String s) {
    try {
      return Integer.valueOf(s.strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /**
   * Puts the library's refusal on the form: each violation on the field it names (by the form's map
   * from the library's field to the form's), or as a problem with the whole form.
   */
  static void reject(
      BindingResult errors, ValidationException refused, Map<String, String> fields) {
    for (Violation v : refused.violations()) {
      reject(errors, v.field(), v.rule(), fields);
    }
  }

  static void reject(BindingResult errors, String field, String rule, Map<String, String> fields) {
    if (field.equals("entry.status")) {
      // The library names the status by its code; the user is told what it means.
      errors.reject(
          "status",
          rule.contains("REFERRED")
              ? "The person is not on the register yet: record their consent, or another basis for"
                  + " including them, first"
              : "The person is not on the register now, so this cannot be recorded");
      return;
    }
    String formField = fields.get(field);
    if (formField == null) {
      // The library names nested fields with dots; the last part is enough to find it.
      String last = field.substring(field.lastIndexOf('.') + 1);
      formField = fields.get(last);
    }
    String label = fields.getOrDefault("label:" + field, labelOf(field));
    // An entry's id in brackets means nothing to a user.
    String message = Words.sentence(label + " " + rule.replaceAll(" \\([^)]*\\)$", ""));
    if (formField != null && errors.getFieldError(formField) == null) {
      errors.rejectValue(formField, "library", message);
    } else if (formField == null) {
      errors.reject("library", message);
    }
  }

  /** A library field name in words: "referral.date" becomes "the referral date". */
  private static String labelOf(String field) {
    String last = field.substring(field.lastIndexOf('.') + 1);
    StringBuilder words = new StringBuilder("the");
    for (String part : last.split("(?=[A-Z])")) {
      words.append(' ').append(part.toLowerCase(Locale.ROOT));
    }
    return words.toString().replaceAll("\\[\\d+]", "");
  }

  /** One line of the error summary: the field it links to (empty for the whole form). */
  record Problem(String href, String message) {}

  /**
   * The error summary's lines, in the order of the form's fields, then problems with the whole
   * form, linked to the first field.
   */
  static List<Problem> summary(BindingResult errors, List<String> order) {
    List<Problem> problems = new ArrayList<>();
    List<FieldError> fieldErrors = new ArrayList<>(errors.getFieldErrors());
    fieldErrors.sort(
        Comparator.comparingInt(
            f -> order.indexOf(f.getField()) < 0 ? order.size() : order.indexOf(f.getField())));
    List<String> seen = new ArrayList<>();
    for (FieldError f : fieldErrors) {
      if (!seen.contains(f.getField())) {
        seen.add(f.getField());
        problems.add(new Problem("#" + idOf(f.getField()), f.getDefaultMessage()));
      }
    }
    errors
        .getGlobalErrors()
        .forEach(
            g ->
                problems.add(
                    new Problem(
                        "#" + idOf(order.isEmpty() ? "" : order.get(0)), g.getDefaultMessage())));
    return problems;
  }

  /** The id of a field's input: a map key in brackets becomes a dash. */
  static String idOf(String field) {
    return field.replace("[", "-").replace("]", "");
  }

  /** One change made by someone else, for the stale-record message. */
  record Change(String when, String who, String what) {}

  /**
   * Says the record was changed by someone else, lists what they changed since the version the form
   * was opened on, and returns the current version to save against, keeping what was typed.
   */
  long stale(Model model, Actor actor, EntryId entryId, long openedOn) {
    List<RecordedEvent> history = register.history(actor, AccessPurpose.DIRECT_CARE, entryId);
    List<Change> changes = new ArrayList<>();
    long current = openedOn;
    for (RecordedEvent e : history) {
      current = Math.max(current, e.version());
      if (e.version() > openedOn) {
        changes.add(
            new Change(
                e.at().atZone(clock.getZone()).toLocalDate().format(DAY),
                actors.users().containsKey(e.actor())
                    ? actors.displayName(e.actor())
                    : "Another user",
                Words.event(e.change())));
      }
    }
    model.addAttribute("stale", STALE);
    model.addAttribute("changes", changes);
    return current;
  }
}
