package org.opendsr.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opendsr.core.ValidationException;
import org.opendsr.core.access.AccessPolicy;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.register.AccessControlledRegister;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail as a page: who read or changed what, when, why and with what outcome, newest
 * first, a page at a time, narrowed to an entry, a user and a range of days.
 *
 * <p>Only what the trail holds is shown: identifiers (user, entry, agency), the role, purpose and
 * operation, the access decision and its rule, and the outcome; no name or other detail of a person
 * is looked up. Who may see it is the library's decision ({@code VIEW_AUDIT}): an auditor, for
 * audit, or the coordinator, keeping the register; anyone else gets the 403 page, and the refusal
 * is itself audited.
 */
@Controller
public class AuditController {

  /** Rows on one page of the audit trail. */
  static final int PAGE_SIZE = 25;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK);

  private static final List<String> FIELDS =
      List.of("entry", "actor", "fromDay", "fromMonth", "fromYear", "toDay", "toMonth", "toYear");

  private final AccessControlledRegister register;
  private final Forms forms;

  AuditController(AccessControlledRegister register, Forms forms) {
    this.register = register;
    this.forms = forms;
  }

  /** What the audit trail is narrowed to, as typed. */
  public static class AuditFilter {
    private String entry;
    private String actor;
    private String fromDay;
    private String fromMonth;
    private String fromYear;
    private String toDay;
    private String toMonth;
    private String toYear;

    /** An empty filter: the whole trail. */
    public AuditFilter() {}

    /**
     * @return the entry id
     */
    public String getEntry() {
      return entry;
    }

    /**
     * @param entry the entry id
     */
    public void setEntry(String entry) {
      this.entry = entry;
    }

    /**
     * @return the user id
     */
    public String getActor() {
      return actor;
    }

    /**
     * @param actor the user id
     */
    public void setActor(String actor) {
      this.actor = actor;
    }

    /**
     * @return the first day's day
     */
    public String getFromDay() {
      return fromDay;
    }

    /**
     * @param fromDay the first day's day
     */
    public void setFromDay(String fromDay) {
      this.fromDay = fromDay;
    }

    /**
     * @return the first day's month
     */
    public String getFromMonth() {
      return fromMonth;
    }

    /**
     * @param fromMonth the first day's month
     */
    public void setFromMonth(String fromMonth) {
      this.fromMonth = fromMonth;
    }

    /**
     * @return the first day's year
     */
    public String getFromYear() {
      return fromYear;
    }

    /**
     * @param fromYear the first day's year
     */
    public void setFromYear(String fromYear) {
      this.fromYear = fromYear;
    }

    /**
     * @return the last day's day
     */
    public String getToDay() {
      return toDay;
    }

    /**
     * @param toDay the last day's day
     */
    public void setToDay(String toDay) {
      this.toDay = toDay;
    }

    /**
     * @return the last day's month
     */
    public String getToMonth() {
      return toMonth;
    }

    /**
     * @param toMonth the last day's month
     */
    public void setToMonth(String toMonth) {
      this.toMonth = toMonth;
    }

    /**
     * @return the last day's year
     */
    public String getToYear() {
      return toYear;
    }

    /**
     * @param toYear the last day's year
     */
    public void setToYear(String toYear) {
      this.toYear = toYear;
    }
  }

  /**
   * One row of the trail as shown.
   *
   * @param when the time, in the register's zone
   * @param who the user id
   * @param role the role in words
   * @param agency the agency id, or empty
   * @param what the operation in words
   * @param entry the entry id, or empty
   * @param why the purpose in words
   * @param access "Allowed" or "Denied"
   * @param outcome what came of it, with the rules that refused it
   * @param breakGlass whether it was emergency access
   * @param breakGlassReason the reason given for emergency access, or empty
   * @param rule the access rule that decided
   */
  record Row(
      String when,
      String who,
      String role,
      String agency,
      String what,
      String entry,
      String why,
      String access,
      String outcome,
      boolean breakGlass,
      String breakGlassReason,
      String rule) {}

  /** The audit trail page. */
  @GetMapping("/audit")
  String audit(
      Principal principal,
      @ModelAttribute("filter") AuditFilter filter,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    Actor actor = forms.actor(principal);
    AccessPurpose purpose = purposeOf(actor);
    BindingResult errors = new BeanPropertyBindingResult(filter, "filter");
    String entry = trimmed(filter.getEntry());
    String user = trimmed(filter.getActor());
    if (!entry.isEmpty()) {
      try {
        EntryId.of(entry);
      } catch (ValidationException badId) {
        errors.rejectValue(
            "entry", "shape", "Entry ID must be letters, digits, dots, hyphens or underscores");
      }
    }
    LocalDate from = typedDate(errors, "from", "the first day", filter);
    LocalDate to = typedDate(errors, "to", "the last day", filter);
    if (from != null && to != null && to.isBefore(from)) {
      errors.rejectValue("toDay", "order", "The last day must be the same as or after the first");
    }

    List<AuditRecord> records;
    if (errors.hasErrors()) {
      // Asked of the library all the same, so that the look is checked and audited.
      register.audit(actor, purpose);
      records = List.of();
    } else if (!entry.isEmpty()) {
      records = register.auditOfEntry(actor, purpose, EntryId.of(entry));
    } else if (!user.isEmpty()) {
      records = register.auditOfActor(actor, purpose, user);
    } else {
      records = register.audit(actor, purpose);
    }
    List<AuditRecord> chosen =
        records.stream()
            .filter(r -> user.isEmpty() || r.userId().equals(user))
            .filter(r -> from == null || !day(r).isBefore(from))
            .filter(r -> to == null || !day(r).isAfter(to))
            .sorted(Comparator.comparing(AuditRecord::at).reversed())
            .toList();
    int pages = Math.max(1, (chosen.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(Math.max(1, page), pages);
    List<Row> rows =
        chosen
            .subList((current - 1) * PAGE_SIZE, Math.min(chosen.size(), current * PAGE_SIZE))
            .stream()
            .map(this::row)
            .toList();
    forms.common(model, principal, null);
    model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "filter", errors);
    model.addAttribute("problems", Forms.summary(errors, FIELDS));
    model.addAttribute("rows", rows);
    model.addAttribute("total", chosen.size());
    model.addAttribute("page", current);
    model.addAttribute("pages", pages);
    model.addAttribute("previous", current > 1 ? href(filter, current - 1) : null);
    model.addAttribute("next", current < pages ? href(filter, current + 1) : null);
    model.addAttribute(
        "filtered", !entry.isEmpty() || !user.isEmpty() || from != null || to != null);
    return "audit";
  }

  /** An auditor reads the trail for audit; the coordinator, keeping the register. */
  static AccessPurpose purposeOf(Actor actor) {
    return AccessPolicy.decide(actor, Operation.VIEW_AUDIT, AccessPurpose.AUDIT, Optional.empty())
            .granted()
        ? AccessPurpose.AUDIT
        : AccessPurpose.REGISTER_ADMINISTRATION;
  }

  private LocalDate typedDate(
      BindingResult errors, String prefix, String what, AuditFilter filter) {
    String d = prefix.equals("from") ? filter.getFromDay() : filter.getToDay();
    String m = prefix.equals("from") ? filter.getFromMonth() : filter.getToMonth();
    String y = prefix.equals("from") ? filter.getFromYear() : filter.getToYear();
    if (trimmed(d).isEmpty() && trimmed(m).isEmpty() && trimmed(y).isEmpty()) {
      return null;
    }
    return forms.date(errors, prefix, what, d, m, y, true);
  }

  private LocalDate day(AuditRecord r) {
    return r.at().atZone(forms.zone()).toLocalDate();
  }

  private Row row(AuditRecord r) {
    ZonedDateTime at = r.at().atZone(forms.zone());
    String outcome =
        switch (r.outcome()) {
          case DONE -> "Done";
          case REFUSED ->
              "Refused: "
                  + r.refusedBy().stream()
                      .map(v -> v.field() + " " + v.rule())
                      .collect(Collectors.joining("; "));
          case FAILED -> "Failed";
          case NOT_ATTEMPTED -> "Not attempted";
          case NOT_RECORDED -> "Not recorded";
        };
    return new Row(
        at.format(WHEN),
        r.userId(),
        roleOf(r.role()),
        r.agencyId().orElse(""),
        words(r.operation().name()),
        r.entryId().orElse(""),
        words(r.purpose().name()),
        r.access() == AuditRecord.Access.ALLOWED ? "Allowed" : "Denied",
        outcome,
        r.breakGlass(),
        r.breakGlassReason().orElse(""),
        r.detail());
  }

  static String roleOf(Role role) {
    return switch (role) {
      case DSR_COORDINATOR -> "DSR coordinator";
      case CLINICIAN -> "Clinician";
      case SOCIAL_CARE_PRACTITIONER -> "Social care practitioner";
      case EDUCATION_REPRESENTATIVE -> "Education representative";
      case PANEL_MEMBER -> "C(E)TR panel member";
      case COMMISSIONER_ANALYST -> "Commissioner or analyst";
      case AUDITOR -> "Auditor";
      case PERSON_OR_REPRESENTATIVE -> "Person or representative";
    };
  }

  /** An enum's name in words: {@code VIEW_ENTRY} is "View entry", C(E)TR kept as it is written. */
  static String words(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    String sentence = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    return sentence.replace("cetr", "C(E)TR").replace("Cetr", "C(E)TR");
  }

  private static String href(AuditFilter f, int page) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/audit");
    add(b, "entry", f.getEntry());
    add(b, "actor", f.getActor());
    add(b, "fromDay", f.getFromDay());
    add(b, "fromMonth", f.getFromMonth());
    add(b, "fromYear", f.getFromYear());
    add(b, "toDay", f.getToDay());
    add(b, "toMonth", f.getToMonth());
    add(b, "toYear", f.getToYear());
    b.queryParam("page", page);
    return b.encode().build().toUriString();
  }

  private static void add(UriComponentsBuilder b, String name, String value) {
    if (!trimmed(value).isEmpty()) {
      b.queryParam(name, value.strip());
    }
  }

  private static String trimmed(String s) {
    return s == null ? "" : s.strip();
  }
}
