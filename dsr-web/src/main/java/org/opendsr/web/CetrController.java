package org.opendsr.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.Purpose;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.ConsentRequiredException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.access.AccessPolicy;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.cetr.CetrKind;
import org.opendsr.core.cetr.CetrPlan;
import org.opendsr.core.cetr.KeyQuestion;
import org.opendsr.core.cetr.Panel;
import org.opendsr.core.cetr.PanelRole;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
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
 * Care (Education) and Treatment Reviews: planning one (the day booked, the panel, the papers and
 * consent for this review), recording one held (panel, findings on the key questions, agreed
 * actions), and recording one refused. Which kind of review it is, and whether the education
 * question is asked, is the library's decision from the person's age and EHC plan.
 */
@Controller
public class CetrController {

  static final List<String> PLAN_ORDER =
      List.of(
          "onDay",
          "onMonth",
          "onYear",
          "chair",
          "clinicalExpert",
          "expertByExperience",
          "papersDay",
          "papersMonth",
          "papersYear",
          "consent");

  private static final Map<String, String> PLAN_FIELDS =
      Map.of(
          "plan.on", "onDay",
          "label:plan.on", "the day the review is booked for",
          "plan.papersSentOn", "papersDay",
          "label:plan.papersSentOn", "the day the papers were sent",
          "due", "onDay",
          "label:due", "the day the review is booked for");

  private static final Map<String, String> HOLD_FIELDS = holdFields();

  private static final Map<String, String> REFUSED_FIELDS =
      Map.of(
          "on", "onDay",
          "label:on", "the date of the refusal",
          "reviewId", "onDay",
          "label:reviewId", "the review");

  /** How many agreed actions the form offers; blank rows are left out. */
  static final int ACTION_ROWS = 3;

  private static final List<Words.Option> CONSENT_CHOICES =
      List.of(
          new Words.Option("given", "Yes, the person gave their own consent to this review"),
          new Words.Option("refused", "No, the person refused this review"),
          new Words.Option(
              "other",
              "Someone else decided for them, or it needs a capacity assessment: record it next"),
          new Words.Option("later", "Not asked yet"));

  private final AccessControlledRegister register;
  private final Forms forms;
  private final Consents consents;

  CetrController(AccessControlledRegister register, Forms forms, Consents consents) {
    this.register = register;
    this.forms = forms;
    this.consents = consents;
  }

  /** One key question as shown: the input's name and id, and the question. */
  record Question(String key, String name, String id, String text) {}

  private static Map<String, String> holdFields() {
    Map<String, String> fields = new HashMap<>();
    fields.put("on", "onDay");
    fields.put("label:on", "the date of the review");
    for (KeyQuestion q : KeyQuestion.values()) {
      fields.put("findings." + q, "findings[" + q.name() + "]");
      fields.put("label:findings." + q, "the finding for \u201c" + q.text() + "\u201d");
    }
    return fields;
  }

  static List<String> holdOrder() {
    List<String> order = new ArrayList<>(List.of("onDay", "onMonth", "onYear"));
    order.addAll(List.of("chair", "clinicalExpert", "expertByExperience"));
    for (KeyQuestion q : KeyQuestion.values()) {
      order.add("findings[" + q.name() + "]");
    }
    for (int i = 0; i < ACTION_ROWS; i++) {
      for (String part : List.of("what", "owner", "agency", "dueDay", "dueMonth", "dueYear")) {
        order.add("actions[" + i + "]." + part);
      }
    }
    return order;
  }

  // ------------------------------------------------------------------ plan

  /** Planning a C(E)TR: the one already due, or a new one. */
  @GetMapping("/people/{id}/cetr/plan")
  String plan(Principal principal, @PathVariable String id, Model model) {
    Entry entry = forms.entryFor(forms.actor(principal), id, Operation.RECORD_CETR);
    requireActive(entry);
    CetrPlanForm form = new CetrPlanForm();
    form.setVersion(entry.version());
    Optional<Task> open = openReview(entry);
    Optional<CetrPlan> earlier = open.flatMap(t -> entry.cetrPlan(t.id().value()));
    LocalDate booked = earlier.map(CetrPlan::on).or(() -> open.map(Task::due)).orElse(null);
    if (booked != null && !booked.isBefore(forms.today())) {
      form.fillDate(booked);
    }
    earlier.ifPresent(
        p -> {
          form.setChair(p.panel().members().get(PanelRole.CHAIR));
          form.setClinicalExpert(p.panel().members().get(PanelRole.INDEPENDENT_CLINICAL_EXPERT));
          form.setExpertByExperience(p.panel().members().get(PanelRole.EXPERT_BY_EXPERIENCE));
          p.papersSentOn()
              .ifPresent(
                  sent -> {
                    form.setPapersDay(Integer.toString(sent.getDayOfMonth()));
                    form.setPapersMonth(Integer.toString(sent.getMonthValue()));
                    form.setPapersYear(Integer.toString(sent.getYear()));
                  });
        });
    model.addAttribute("form", form);
    return showPlan(model, principal, entry, null);
  }

  /** Saves the plan, then the consent for this review as answered. */
  @PostMapping("/people/{id}/cetr/plan")
  String savePlan(
      Principal principal,
      @PathVariable String id,
      @Valid @ModelAttribute("form") CetrPlanForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = forms.actor(principal);
    Entry entry = forms.entryFor(actor, id, Operation.RECORD_CETR);
    requireActive(entry);
    LocalDate today = forms.today();
    LocalDate on =
        forms.date(
            errors,
            "on",
            "the day the review is booked for",
            form.getOnDay(),
            form.getOnMonth(),
            form.getOnYear(),
            true);
    if (on != null && on.isBefore(today)) {
      errors.rejectValue(
          "onDay", "past", "The day the review is booked for must be today or in the future");
    }
    LocalDate papers = null;
    if (!blank(form.getPapersDay())
        || !blank(form.getPapersMonth())
        || !blank(form.getPapersYear())) {
      papers =
          forms.date(
              errors,
              "papers",
              "the day the papers were sent",
              form.getPapersDay(),
              form.getPapersMonth(),
              form.getPapersYear(),
              false);
      if (papers != null && on != null && papers.isAfter(on)) {
        errors.rejectValue(
            "papersDay",
            "after",
            "The day the papers were sent must be on or before the day the review is booked for");
      }
    }
    boolean mayConsent = allowed(actor, Operation.RECORD_CONSENT, entry);
    if (mayConsent
        && CONSENT_CHOICES.stream().noneMatch(c -> c.value().equals(form.getConsent()))) {
      errors.rejectValue(
          "consent", "required", "Select whether the person consented to this review");
    }
    if (errors.hasErrors()) {
      return showPlan(model, principal, entry, errors);
    }
    CetrPlan plan = new CetrPlan(on, panelOf(form), Optional.ofNullable(papers));
    String me = actor.userId();
    Entry planned;
    try {
      planned =
          register
              .handle(
                  actor,
                  AccessPurpose.DIRECT_CARE,
                  new Command.PlanCetr(me, entry.id(), form.getVersion(), on, Optional.of(plan)))
              .entry();
    } catch (ConcurrentUpdateException stale) {
      form.setVersion(forms.stale(model, actor, entry.id(), form.getVersion()));
      return showPlan(model, principal, entry, errors);
    } catch (ValidationException refused) {
      Forms.reject(errors, refused, PLAN_FIELDS);
      return showPlan(model, principal, entry, errors);
    }
    String reviewId = openReview(planned).orElseThrow().id().value();
    String base = "/people/" + entry.id().value();
    String choice = mayConsent ? form.getConsent() : "later";
    if ("other".equals(choice)) {
      return "redirect:" + base + "/consent?purpose=cetr:" + reviewId;
    }
    if ("given".equals(choice) || "refused".equals(choice)) {
      Purpose purpose = Purpose.cetr(reviewId);
      ConsentRecord record =
          "given".equals(choice)
              ? ConsentGiven.of(purpose, today, me)
              : ConsentRefused.of(purpose, today, me);
      try {
        register.handle(
            actor,
            AccessPurpose.DIRECT_CARE,
            new Command.RecordConsent(me, planned.id(), planned.version(), record));
      } catch (ValidationException | ConcurrentUpdateException notRecorded) {
        // The plan is saved; the consent is asked for again on its own form.
        return "redirect:" + base + "/consent?purpose=cetr:" + reviewId;
      }
      if ("refused".equals(choice)) {
        return "redirect:" + base + "/cetr/" + reviewId + "/refused";
      }
    }
    Task due = openReview(planned).orElseThrow();
    redirect.addFlashAttribute(
        "done",
        "C(E)TR planned for "
            + on.format(Forms.DAY)
            + (on.isAfter(due.due())
                ? ", after the day it is due by (" + due.due().format(Forms.DAY) + ")."
                : "."));
    return "redirect:" + base;
  }

  private String showPlan(Model model, Principal principal, Entry entry, BindingResult errors) {
    forms.common(model, principal, entry);
    model.addAttribute("problems", errors == null ? List.of() : Forms.summary(errors, PLAN_ORDER));
    Optional<Task> open = openReview(entry);
    model.addAttribute(
        "due",
        open.map(
                t ->
                    "This review was asked for ("
                        + t.detail()
                        + ") and is due by "
                        + t.due().format(Forms.DAY)
                        + ".")
            .orElse(
                "No review is due yet: saving this plan asks for one on the day it is booked"
                    + " for."));
    model.addAttribute("kind", kindOf(entry, forms.today()));
    addConsent(model, principal, entry, open);
    model.addAttribute("consentChoices", CONSENT_CHOICES);
    return "cetr-plan";
  }

  /**
   * The person's consent to a review (none before the review is asked for) and whether the user may
   * record it, as the plan and hold pages show them.
   */
  private void addConsent(Model model, Principal principal, Entry entry, Optional<Task> review) {
    model.addAttribute(
        "consentStatus",
        review
            .map(
                t ->
                    consents.status(
                        entry, "cetr:" + t.id(), Purpose.cetr(t.id().value()), forms.today()))
            .orElse(null));
    model.addAttribute(
        "mayConsent", allowed(forms.actor(principal), Operation.RECORD_CONSENT, entry));
  }

  // ------------------------------------------------------------------ hold

  /** Recording a C(E)TR held. */
  @GetMapping("/people/{id}/cetr/{reviewId}/hold")
  String hold(
      Principal principal, @PathVariable String id, @PathVariable String reviewId, Model model) {
    Entry entry = forms.entryFor(forms.actor(principal), id, Operation.RECORD_CETR);
    Task review = review(entry, reviewId);
    CetrHoldForm form = new CetrHoldForm();
    form.setVersion(entry.version());
    LocalDate today = forms.today();
    LocalDate held =
        entry
            .cetrPlan(review.id().value())
            .map(CetrPlan::on)
            .filter(d -> !d.isAfter(today))
            .orElse(today);
    form.fillDate(held);
    entry
        .cetrPlan(review.id().value())
        .ifPresent(
            p -> {
              form.setChair(p.panel().members().get(PanelRole.CHAIR));
              form.setClinicalExpert(
                  p.panel().members().get(PanelRole.INDEPENDENT_CLINICAL_EXPERT));
              form.setExpertByExperience(p.panel().members().get(PanelRole.EXPERT_BY_EXPERIENCE));
            });
    model.addAttribute("form", form);
    return showHold(model, principal, entry, review, held, null);
  }

  /** Saves the review held and shows the person, with the new rating it asks for. */
  @PostMapping("/people/{id}/cetr/{reviewId}/hold")
  String saveHold(
      Principal principal,
      @PathVariable String id,
      @PathVariable String reviewId,
      @Valid @ModelAttribute("form") CetrHoldForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = forms.actor(principal);
    Entry entry = forms.entryFor(actor, id, Operation.RECORD_CETR);
    Task review = review(entry, reviewId);
    LocalDate on =
        forms.date(
            errors,
            "on",
            "the date of the review",
            form.getOnDay(),
            form.getOnMonth(),
            form.getOnYear(),
            false);
    LocalDate askedOn = on == null ? forms.today() : on;
    boolean education = educationElement(entry, askedOn);
    Map<KeyQuestion, String> findings = new EnumMap<>(KeyQuestion.class);
    for (KeyQuestion q : KeyQuestion.values()) {
      String finding = form.getFindings().get(q.name());
      if (!q.isAskedAt(education)) {
        continue;
      }
      if (blank(finding)) {
        errors.rejectValue(
            "findings[" + q.name() + "]", "required", "Enter a finding for: " + q.text());
      } else if (finding.length() > 4000) {
        errors.rejectValue(
            "findings[" + q.name() + "]",
            "size",
            "The finding for \u201c" + q.text() + "\u201d must be 4000 characters or fewer");
      } else {
        findings.put(q, finding.strip());
      }
    }
    List<PlannedAction> agreed = actionsOf(form, errors, on);
    if (errors.hasErrors()) {
      return showHold(model, principal, entry, review, askedOn, errors);
    }
    Panel panel = panelOf(form.getChair(), form.getClinicalExpert(), form.getExpertByExperience());
    Entry after;
    try {
      after =
          register
              .handle(
                  actor,
                  AccessPurpose.DIRECT_CARE,
                  new Command.HoldCetr(
                      actor.userId(),
                      entry.id(),
                      form.getVersion(),
                      review.id().value(),
                      on,
                      panel,
                      findings,
                      agreed))
              .entry();
    } catch (ConcurrentUpdateException stale) {
      form.setVersion(forms.stale(model, actor, entry.id(), form.getVersion()));
      return showHold(model, principal, entry, review, askedOn, errors);
    } catch (ConsentRequiredException noConsent) {
      errors.reject(
          "consent",
          "There is no consent, or other basis, for this review on the day it was held: record"
              + " consent for this review, or record that the person refused it");
      return showHold(model, principal, entry, review, askedOn, errors);
    } catch (ValidationException refused) {
      Forms.reject(errors, refused, HOLD_FIELDS);
      return showHold(model, principal, entry, review, askedOn, errors);
    }
    String rerate =
        after.openTasks(TaskKind.RERATE).stream()
            .map(t -> " A new rating is due by " + t.due().format(Forms.DAY) + ".")
            .findFirst()
            .orElse("");
    redirect.addFlashAttribute("done", "C(E)TR recorded." + rerate);
    return "redirect:/people/" + entry.id().value();
  }

  /** The agreed actions typed: blank rows are left out; a row begun must be finished. */
  private List<PlannedAction> actionsOf(CetrHoldForm form, BindingResult errors, LocalDate on) {
    List<PlannedAction> agreed = new ArrayList<>();
    List<CetrHoldForm.ActionRow> rows = form.getActions();
    for (int i = 0; i < rows.size() && i < ACTION_ROWS; i++) {
      CetrHoldForm.ActionRow row = rows.get(i);
      String field = "actions[" + i + "].";
      String which = "action " + (i + 1);
      if (blank(row.getWhat())
          && blank(row.getOwner())
          && blank(row.getAgency())
          && blank(row.getDueDay())
          && blank(row.getDueMonth())
          && blank(row.getDueYear())) {
        continue;
      }
      if (blank(row.getWhat())) {
        errors.rejectValue(field + "what", "required", "Enter what was agreed for " + which);
      }
      if (blank(row.getOwner())) {
        errors.rejectValue(field + "owner", "required", "Enter who will do " + which);
      }
      if (blank(row.getAgency())) {
        errors.rejectValue(
            field + "agency", "required", "Enter the agency of who will do " + which);
      }
      LocalDate due =
          forms.date(
              errors,
              field + "due",
              "the due date of " + which,
              row.getDueDay(),
              row.getDueMonth(),
              row.getDueYear(),
              true);
      if (due != null && on != null && due.isBefore(on)) {
        errors.rejectValue(
            field + "dueDay",
            "before",
            "The due date of " + which + " must be on or after the date of the review");
      }
      if (!errors.hasErrors()) {
        agreed.add(
            PlannedAction.of(
                row.getWhat().strip(), row.getOwner().strip(), row.getAgency().strip(), due));
      }
    }
    return agreed;
  }

  private String showHold(
      Model model,
      Principal principal,
      Entry entry,
      Task review,
      LocalDate on,
      BindingResult errors) {
    forms.common(model, principal, entry);
    model.addAttribute("problems", errors == null ? List.of() : Forms.summary(errors, holdOrder()));
    model.addAttribute("reviewId", review.id());
    model.addAttribute("kind", kindOf(entry, on));
    model.addAttribute("due", review.due().format(Forms.DAY));
    boolean education = educationElement(entry, on);
    List<Question> questions = new ArrayList<>();
    for (KeyQuestion q : KeyQuestion.values()) {
      if (q.isAskedAt(education)) {
        questions.add(
            new Question(q.name(), "findings[" + q.name() + "]", "findings-" + q.name(), q.text()));
      }
    }
    model.addAttribute("questions", questions);
    addConsent(model, principal, entry, Optional.of(review));
    model.addAttribute("rows", java.util.stream.IntStream.range(0, ACTION_ROWS).boxed().toList());
    return "cetr-hold";
  }

  // ------------------------------------------------------------------ refused

  /** Recording that the person refused a C(E)TR. */
  @GetMapping("/people/{id}/cetr/{reviewId}/refused")
  String refused(
      Principal principal, @PathVariable String id, @PathVariable String reviewId, Model model) {
    Entry entry = forms.entryFor(forms.actor(principal), id, Operation.RECORD_CETR);
    Task review = review(entry, reviewId);
    DatedForm form = new DatedForm();
    form.setVersion(entry.version());
    form.fillDate(forms.today());
    model.addAttribute("form", form);
    return showRefused(model, principal, entry, review, null);
  }

  /**
   * Saves the refusal: the person's refusal of consent to this review, unless it is already the
   * last word on it, then the review refused (Assuring Transformation outcome 8).
   */
  @PostMapping("/people/{id}/cetr/{reviewId}/refused")
  String saveRefused(
      Principal principal,
      @PathVariable String id,
      @PathVariable String reviewId,
      @ModelAttribute("form") DatedForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Actor actor = forms.actor(principal);
    Entry entry = forms.entryFor(actor, id, Operation.RECORD_CETR);
    Task review = review(entry, reviewId);
    LocalDate on =
        forms.date(
            errors,
            "on",
            "the date of the refusal",
            form.getOnDay(),
            form.getOnMonth(),
            form.getOnYear(),
            false);
    if (errors.hasErrors()) {
      return showRefused(model, principal, entry, review, errors);
    }
    String me = actor.userId();
    Purpose purpose = Purpose.cetr(review.id().value());
    try {
      long version = form.getVersion();
      if (!refusalIsTheLastWord(entry, purpose, on)) {
        version =
            register
                .handle(
                    actor,
                    AccessPurpose.DIRECT_CARE,
                    new Command.RecordConsent(
                        me, entry.id(), version, ConsentRefused.of(purpose, on, me)))
                .version();
      }
      register.handle(
          actor,
          AccessPurpose.DIRECT_CARE,
          new Command.RecordCetrRefused(me, entry.id(), version, review.id().value(), on));
    } catch (ConcurrentUpdateException stale) {
      form.setVersion(forms.stale(model, actor, entry.id(), form.getVersion()));
      return showRefused(model, principal, entry, review, errors);
    } catch (ValidationException refused) {
      Forms.reject(errors, refused, REFUSED_FIELDS);
      return showRefused(model, principal, entry, review, errors);
    }
    redirect.addFlashAttribute(
        "done",
        "C(E)TR recorded as refused. Nothing else changes: the rating and support stay as they"
            + " were.");
    return "redirect:/people/" + entry.id().value();
  }

  private static boolean refusalIsTheLastWord(Entry entry, Purpose purpose, LocalDate on) {
    return entry.consentRecords().stream()
        .filter(r -> r.purpose().equals(purpose) && !r.date().isAfter(on))
        .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b)
        .filter(r -> r instanceof ConsentRefused)
        .isPresent();
  }

  private String showRefused(
      Model model, Principal principal, Entry entry, Task review, BindingResult errors) {
    forms.common(model, principal, entry);
    model.addAttribute(
        "problems", errors == null ? List.of() : Forms.summary(errors, DatedController.ORDER));
    model.addAttribute("title", "Record that the person refused the C(E)TR");
    model.addAttribute("legend", "When did the person refuse it?");
    model.addAttribute(
        "task",
        "The "
            + kindOf(entry, forms.today()).name()
            + " due by "
            + review.due().format(Forms.DAY)
            + ". This records the person\u2019s own refusal of consent to it; if someone decided"
            + " for them, record that as consent for this review first.");
    model.addAttribute(
        "action", "/people/" + entry.id().value() + "/cetr/" + review.id() + "/refused");
    return "dated";
  }

  // ------------------------------------------------------------------ shared

  /** The kind of review, as the library decides it on a day, with why in words. */
  record KindOf(String name, String why, boolean education) {}

  static KindOf kindOf(Entry entry, LocalDate on) {
    int age = entry.person().dateOfBirth().ageOn(on);
    boolean ehcp = entry.person().educationHealthAndCarePlan();
    boolean education = CetrKind.hasEducationElement(age, ehcp);
    if (CetrKind.forAge(age) == CetrKind.CETR) {
      return new KindOf(
          "Care, Education and Treatment Review (CETR)",
          "The person is under 18, so the review has an education element.",
          education);
    }
    return new KindOf(
        "Care and Treatment Review (CTR)",
        education
            ? "The person is 18 to 25 with an Education, Health and Care plan, so the review asks"
                + " about education too."
            : "The person is 18 or over"
                + (age <= 25 ? " without an Education, Health and Care plan" : "")
                + ", so the review has no education element.",
        education);
  }

  private static boolean educationElement(Entry entry, LocalDate on) {
    return CetrKind.hasEducationElement(
        entry.person().dateOfBirth().ageOn(on), entry.person().educationHealthAndCarePlan());
  }

  /** The open C(E)TR: the library keeps at most one open at a time. */
  static Optional<Task> openReview(Entry entry) {
    return entry.openTasks(TaskKind.CETR).stream().findFirst();
  }

  /** An open C(E)TR of the entry; anything else is unknown. */
  private static Task review(Entry entry, String reviewId) {
    return entry
        .task(reviewId)
        .filter(t -> t.kind() == TaskKind.CETR && t.isOpen())
        .orElseThrow(() -> new NotFoundException("no such open C(E)TR on the entry"));
  }

  private static void requireActive(Entry entry) {
    if (!entry.status().isOpen()) {
      throw new NotFoundException("the entry is closed");
    }
  }

  private boolean allowed(Actor actor, Operation operation, Entry entry) {
    return AccessPolicy.decide(
            actor, operation, AccessPurpose.DIRECT_CARE, Optional.of(register.factsOf(entry)))
        .granted();
  }

  private static Panel panelOf(CetrPlanForm form) {
    return panelOf(form.getChair(), form.getClinicalExpert(), form.getExpertByExperience());
  }

  private static Panel panelOf(String chair, String clinicalExpert, String expertByExperience) {
    Map<PanelRole, String> members = new EnumMap<>(PanelRole.class);
    if (!blank(chair)) {
      members.put(PanelRole.CHAIR, chair.strip());
    }
    if (!blank(clinicalExpert)) {
      members.put(PanelRole.INDEPENDENT_CLINICAL_EXPERT, clinicalExpert.strip());
    }
    if (!blank(expertByExperience)) {
      members.put(PanelRole.EXPERT_BY_EXPERIENCE, expertByExperience.strip());
    }
    return new Panel(members);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
