package org.opendsr.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opendsr.core.ValidationException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.store.DueCursor;
import org.opendsr.core.worklist.WorkCategory;
import org.opendsr.core.worklist.WorklistItem;
import org.opendsr.rating.Rating;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The worklist and the person page, each call checked and audited by the library. */
@Controller
public class PagesController {

  /** People on one page of the worklist (each with all their work due). */
  static final int PAGE_SIZE = 20;

  /**
   * The furthest a numbered address without a position reads forward, in pages: such addresses come
   * only from older links, and each page read costs a page of queries.
   */
  static final int MAX_PAGE_WALKED = 50;

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

  /** A choice in a filter's list: the value sent and the words shown. */
  record Choice(String value, String text) {}

  /** The kinds of work a coordinator can narrow the worklist to, in plain words. */
  static final List<Choice> KINDS =
      List.of(
          new Choice(WorkCategory.FIRST_CONTACT.name(), "First contact"),
          new Choice(WorkCategory.REVIEW.name(), "Reviews and ratings"),
          new Choice(WorkCategory.CETR.name(), "Care and treatment reviews"),
          new Choice(WorkCategory.LINKED_PROCESS.name(), "Meetings, partners and keyworkers"),
          new Choice(WorkCategory.ACTION.name(), "Support plan actions"),
          new Choice(WorkCategory.CONSENT_RECHECK.name(), "Consent checks"),
          new Choice(WorkCategory.PLACE_LEAD_AWARENESS.name(), "Hospital admissions to tell"));

  /** The ratings a coordinator can narrow the worklist to. */
  static final List<Choice> RATINGS =
      Arrays.stream(Rating.values()).map(r -> new Choice(r.name(), r.label())).toList();

  /**
   * The work due, a page of people at a time, earliest due first, narrowed by kind of work and, for
   * roles that may see people, by rating, area and agency. The store pages by keyset: the link to
   * the next page carries where this one ended ({@code after}), so every page costs the same.
   * {@code page} is the number shown; a numbered address without {@code after} (an older link)
   * reads forward from the first page.
   */
  @GetMapping("/worklist")
  String worklist(
      Principal principal,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "") String after,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String rating,
      @RequestParam(defaultValue = "") String area,
      @RequestParam(defaultValue = "") String agency,
      Model model) {
    Actor actor = actors.of(principal.getName());
    LocalDate today = LocalDate.now(clock);
    AccessPurpose purpose = purposeOf(actor);
    boolean mayName = actor.role().allows(Operation.VIEW_ENTRY);
    // A value that is not one of the lists' (only a hand-made address sends one) filters nothing.
    WorklistSelection.Filters filters =
        new WorklistSelection.Filters(
            chosen(KINDS, kind).map(WorkCategory::valueOf),
            mayName ? chosen(RATINGS, rating).map(Rating::valueOf) : Optional.empty(),
            mayName ? Optional.of(area) : Optional.empty(),
            mayName ? Optional.of(agency) : Optional.empty());
    // Likewise a position that is not one a page link gives starts from the first page.
    Optional<DueCursor> cursor = Optional.empty();
    int current = Math.max(1, page);
    if (!after.isBlank()) {
      try {
        cursor = Optional.of(DueCursor.parse("after", after));
      } catch (ValidationException notAPosition) {
        current = 1;
      }
    }
    WorklistSelection selection =
        WorklistSelection.page(
            register, actor, purpose, today, DUE_WITHIN_DAYS, filters, cursor, PAGE_SIZE);
    if (cursor.isEmpty()) {
      int shownPage = 1;
      while (shownPage < Math.min(current, MAX_PAGE_WALKED) && selection.next().isPresent()) {
        selection =
            WorklistSelection.page(
                register,
                actor,
                purpose,
                today,
                DUE_WITHIN_DAYS,
                filters,
                selection.next(),
                PAGE_SIZE);
        shownPage++;
      }
      current = shownPage;
    }
    List<WorklistItem> items = selection.items();
    List<Row> rows = new ArrayList<>();
    for (WorklistItem i : items) {
      rows.add(
          new Row(
              i.entryId().value(),
              mayName ? selection.name(i.entryId()).orElse("Person on the register") : null,
              Words.sentence(i.description()),
              i.due().format(DAY),
              i.overdue()));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("page", current);
    model.addAttribute("next", selection.next().map(DueCursor::token).orElse(null));
    model.addAttribute("total", items.size());
    model.addAttribute("showNames", mayName);
    model.addAttribute("kinds", KINDS);
    model.addAttribute("ratings", RATINGS);
    model.addAttribute("kind", filters.category().map(Enum::name).orElse(""));
    model.addAttribute("rating", filters.rating().map(Enum::name).orElse(""));
    model.addAttribute("area", filters.locality().orElse(""));
    model.addAttribute("agency", filters.agency().orElse(""));
    model.addAttribute("filtered", filters.category().isPresent() || filters.byPerson());
    model.addAttribute(
        "mayRefer",
        org.opendsr.core.access.AccessPolicy.decide(
                actor, Operation.REFER, AccessPurpose.DIRECT_CARE, Optional.empty())
            .granted());
    model.addAttribute("user", actors.displayName(principal.getName()));
    return "worklist";
  }

  private static Optional<String> chosen(List<Choice> choices, String value) {
    return choices.stream().map(Choice::value).filter(value::equals).findFirst();
  }

  private static AccessPurpose purposeOf(Actor actor) {
    return actor.role().isRegisterWide()
        ? AccessPurpose.REGISTER_ADMINISTRATION
        : AccessPurpose.DIRECT_CARE;
  }
}
