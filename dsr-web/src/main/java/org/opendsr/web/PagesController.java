package org.opendsr.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.worklist.Worklist;
import org.opendsr.core.worklist.WorklistItem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The worklist and the person page, each call checked and audited by the library. */
@Controller
public class PagesController {

  /** Rows on one page of the worklist. */
  static final int PAGE_SIZE = 20;

  /** Work due within this many days is "due soon" (local practice, configurable). */
  static final int DUE_WITHIN_DAYS = 14;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final AccessControlledRegister register;
  private final SecurityConfig.Actors actors;
  private final Clock clock;

  PagesController(AccessControlledRegister register, SecurityConfig.Actors actors, Clock clock) {
    this.register = register;
    this.actors = actors;
    this.clock = clock;
  }

  /** The sign-in page. */
  @GetMapping("/sign-in")
  String signIn() {
    return "sign-in";
  }

  /** Home is the worklist. */
  @GetMapping("/")
  String home() {
    return "redirect:/worklist";
  }

  /** The page shown when the library's access rules refuse a call. */
  @GetMapping("/forbidden")
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String forbidden() {
    return "forbidden";
  }

  /** One line of the worklist as shown. */
  record Row(String entryId, String name, String what, String due, boolean overdue) {}

  /** Overdue work first, then work due soon, a page at a time. */
  @GetMapping("/worklist")
  String worklist(Principal principal, @RequestParam(defaultValue = "1") int page, Model model) {
    Actor actor = actors.of(principal.getName());
    LocalDate today = LocalDate.now(clock);
    Worklist worklist = register.worklist(actor, purposeOf(actor), today, DUE_WITHIN_DAYS);
    List<WorklistItem> items = new ArrayList<>(worklist.overdue());
    items.addAll(worklist.dueSoon());
    items.sort(
        Comparator.comparing((WorklistItem i) -> !i.overdue()).thenComparing(WorklistItem::due));
    int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int current = Math.min(Math.max(1, page), pages);
    List<WorklistItem> shown =
        items.subList((current - 1) * PAGE_SIZE, Math.min(items.size(), current * PAGE_SIZE));
    boolean mayName = actor.role().allows(Operation.VIEW_ENTRY);
    List<Row> rows = new ArrayList<>();
    for (WorklistItem i : shown) {
      rows.add(
          new Row(
              i.entryId().value(),
              mayName ? nameOf(actor, i.entryId()).orElse("Person on the register") : null,
              Words.sentence(i.description()),
              i.due().format(DAY),
              i.overdue()));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("page", current);
    model.addAttribute("pages", pages);
    model.addAttribute("total", items.size());
    model.addAttribute("showNames", mayName);
    model.addAttribute(
        "mayRefer",
        org.opendsr.core.access.AccessPolicy.decide(
                actor, Operation.REFER, AccessPurpose.DIRECT_CARE, Optional.empty())
            .granted());
    model.addAttribute("user", actors.displayName(principal.getName()));
    return "worklist";
  }

  private Optional<String> nameOf(Actor actor, EntryId id) {
    try {
      Entry e = register.entry(actor, AccessPurpose.DIRECT_CARE, id);
      return Optional.of(e.person().name().given() + " " + e.person().name().family());
    } catch (AccessDeniedException | NotFoundException denied) {
      return Optional.empty();
    }
  }

  private static AccessPurpose purposeOf(Actor actor) {
    return actor.role().isRegisterWide()
        ? AccessPurpose.REGISTER_ADMINISTRATION
        : AccessPurpose.DIRECT_CARE;
  }
}
