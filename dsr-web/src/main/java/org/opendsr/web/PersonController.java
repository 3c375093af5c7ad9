package org.opendsr.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opendsr.core.access.AccessPolicy;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.RatingRecord;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.rating.ClinicianOverride;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.Reason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's page: details, current rating with its reasons and linked processes, where consent
 * stands for each purpose and on what basis, open tasks with what to do about each, the support
 * plan's actions, what the user may do, and the history as a timeline, all as of a day (today
 * unless another is asked for).
 */
@Controller
public class PersonController {

  private final AccessControlledRegister register;
  private final Forms forms;
  private final Consents consents;
  private final SecurityConfig.Actors actors;
  private final CetrAndStayViews cetrsAndStays;

  @Autowired
  PersonController(
      AccessControlledRegister register,
      Forms forms,
      Consents consents,
      SecurityConfig.Actors actors,
      CetrAndStayViews cetrsAndStays) {
    this.register = register;
    this.forms = forms;
    this.consents = consents;
    this.actors = actors;
    this.cetrsAndStays = cetrsAndStays;
  }

  /** One line of the history timeline. */
  record Event(String when, String what, String who) {}

  /** One open task, with the link to the form that does it (none when looking at another day). */
  record OpenTask(String what, String due, boolean overdue, String action, String href) {}

  /** One action of the support plan. */
  record PlanAction(String what, String due, String status) {}

  /** Something the user may do, as a link. */
  record Link(String text, String href) {}

  /** The "as of" day typed on the page. */
  public static class AsOfForm {
    private String asOfDay;
    private String asOfMonth;
    private String asOfYear;

    /** An empty form. */
    public AsOfForm() {}

    /**
     * @return the day
     */
    public String getAsOfDay() {
      return asOfDay;
    }

    /**
     * @param asOfDay the day
     */
    public void setAsOfDay(String asOfDay) {
      this.asOfDay = asOfDay;
    }

    /**
     * @return the month
     */
    public String getAsOfMonth() {
      return asOfMonth;
    }

    /**
     * @param asOfMonth the month
     */
    public void setAsOfMonth(String asOfMonth) {
      this.asOfMonth = asOfMonth;
    }

    /**
     * @return the year
     */
    public String getAsOfYear() {
      return asOfYear;
    }

    /**
     * @param asOfYear the year
     */
    public void setAsOfYear(String asOfYear) {
      this.asOfYear = asOfYear;
    }
  }

  /** A person's entry as of a day. */
  @GetMapping("/people/{id}")
  String person(
      Principal principal,
      @PathVariable String id,
      @ModelAttribute("form") AsOfForm form,
      Model model) {
    Actor actor = forms.actor(principal);
    EntryId entryId = EntryId.of(id);
    Entry entry = register.entry(actor, AccessPurpose.DIRECT_CARE, entryId);
    LocalDate today = forms.today();
    BindingResult errors = new BeanPropertyBindingResult(form, "form");
    LocalDate asOf = today;
    boolean asked =
        form.getAsOfDay() != null || form.getAsOfMonth() != null || form.getAsOfYear() != null;
    if (asked) {
      LocalDate typed =
          forms.date(
              errors,
              "asOf",
              "the date to show the record on",
              form.getAsOfDay(),
              form.getAsOfMonth(),
              form.getAsOfYear(),
              false);
      if (typed != null && typed.isBefore(entry.referral().date())) {
        errors.rejectValue(
            "asOfDay", "before", "The date to show the record on must be on or after the referral");
      } else if (typed != null) {
        asOf = typed;
      }
    }
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
    model.addAttribute(
        "problems", Forms.summary(errors, List.of("asOfDay", "asOfMonth", "asOfYear")));
    boolean now = asOf.equals(today);
    model.addAttribute("asOf", asOf.format(Forms.DAY));
    model.addAttribute("now", now);

    forms.common(model, principal, entry);
    model.addAttribute("dateOfBirth", entry.person().dateOfBirth().value().format(Forms.DAY));
    model.addAttribute("nhsNumber", entry.person().nhsNumber().formatted());
    model.addAttribute("status", Words.status(entry.status()));

    LocalDate day = asOf;
    Optional<RatingRecord> rating =
        entry.ratings().stream().filter(r -> !r.on().isAfter(day)).reduce((a, b) -> b);
    model.addAttribute("rating", rating.map(r -> r.rating().label()).orElse(null));
    model.addAttribute("ratingColour", rating.map(r -> Words.tagColour(r.rating())).orElse(null));
    model.addAttribute("ratedOn", rating.map(r -> r.on().format(Forms.DAY)).orElse(null));
    model.addAttribute(
        "reasons",
        rating
            .map(r -> r.recorded().suggestion().reasons().stream().map(Reason::text).toList())
            .orElse(List.of()));
    model.addAttribute(
        "suggested",
        rating
            .filter(r -> r.recorded().isOverridden())
            .map(r -> r.recorded().suggestion().suggestedRating().label())
            .orElse(null));
    model.addAttribute(
        "overrideReason",
        rating.flatMap(r -> r.recorded().override()).map(ClinicianOverride::reason).orElse(null));
    model.addAttribute(
        "processes",
        rating
            .map(
                r ->
                    r.recorded().linkedProcesses().stream()
                        .map(LinkedProcess::description)
                        .toList())
            .orElse(List.of()));
    model.addAttribute(
        "nextReview",
        entry.tasks(TaskKind.DSR_REVIEW).stream()
            .filter(t -> t.wasOpenOn(day))
            .map(Task::due)
            .min(Comparator.naturalOrder())
            .map(d -> d.format(Forms.DAY))
            .orElse(null));

    model.addAttribute("consents", consents.statuses(entry, asOf));

    String base = "/people/" + entry.id().value();
    model.addAttribute(
        "tasks",
        entry.tasks().stream()
            .filter(t -> t.wasOpenOn(day))
            .sorted(Comparator.comparing(Task::due))
            .map(
                t ->
                    new OpenTask(
                        Words.sentence(t.kind().description() + ": " + t.detail()),
                        t.due().format(Forms.DAY),
                        t.due().isBefore(day),
                        now ? Words.taskAction(t.kind()) : null,
                        now ? base + hrefOf(t) : null))
            .toList());

    model.addAttribute(
        "plan",
        entry.actions().stream()
            .map(
                a ->
                    new PlanAction(
                        a.plan().description(), a.plan().due().format(Forms.DAY), statusOf(a)))
            .toList());

    List<Link> links = new ArrayList<>();
    if (now && entry.status().isOpen()) {
      addIfAllowed(
          links, actor, entry, Operation.RECORD_CONSENT, "Record consent", base + "/consent");
      if (entry.firstContactOn().isEmpty()) {
        addIfAllowed(
            links,
            actor,
            entry,
            Operation.UPDATE_ACTION_PLAN,
            "Record first contact",
            base + "/first-contact");
      }
      addIfAllowed(links, actor, entry, Operation.RECORD_RATING, "Rate the person", base + "/rate");
      addIfAllowed(
          links, actor, entry, Operation.RECORD_REVIEW, "Record a review held", base + "/review");
      addIfAllowed(
          links, actor, entry, Operation.CLOSE_ENTRY, "Take off the register", base + "/close");
    }
    cetrsAndStays.addTo(model, actor, entry, day, now, links);
    model.addAttribute("links", links);
    model.addAttribute("mayExport", ExportController.mayExport(register, actor, entry));

    List<RecordedEvent> history = register.history(actor, AccessPurpose.DIRECT_CARE, entryId);
    List<Event> events = new ArrayList<>();
    for (int i = history.size() - 1; i >= 0; i--) {
      RecordedEvent e = history.get(i);
      LocalDate on = e.at().atZone(forms.zone()).toLocalDate();
      if (!on.isAfter(day)) {
        events.add(
            new Event(
                on.format(Forms.DAY),
                Words.event(e.change()),
                actors.users().containsKey(e.actor())
                    ? actors.displayName(e.actor())
                    : "Another user"));
      }
    }
    model.addAttribute("events", events);
    return "person";
  }

  private void addIfAllowed(
      List<Link> links, Actor actor, Entry entry, Operation operation, String text, String href) {
    if (AccessPolicy.decide(
            actor, operation, AccessPurpose.DIRECT_CARE, Optional.of(register.factsOf(entry)))
        .granted()) {
      links.add(new Link(text, href));
    }
  }

  private static String hrefOf(Task t) {
    switch (t.kind()) {
      case FIRST_CONTACT:
        return "/first-contact";
      case FIRST_RISK_REVIEW:
      case RERATE:
        return "/rate";
      case CONSENT_RECHECK:
        return "/consent?purpose=inclusion";
      case CETR:
        return "/consent?purpose=cetr:" + t.id();
      case DSR_REVIEW:
        return "/review";
      case ADMISSION_DATE:
        // Recording the admission with its date completes the stay and this task.
        return "/admission";
      default:
        return "/tasks/" + t.id() + "/done";
    }
  }

  private static String statusOf(Action a) {
    switch (a.status()) {
      case OPEN:
        return "Not started";
      case IN_PROGRESS:
        return "In progress";
      case DONE:
        return "Done";
      default:
        return "Cancelled";
    }
  }
}
