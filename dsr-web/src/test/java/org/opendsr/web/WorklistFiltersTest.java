package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.worklist.WorkCategory;
import org.opendsr.core.worklist.Worklist;
import org.opendsr.core.worklist.WorklistItem;
import org.opendsr.rating.Rating;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The worklist narrowed to a kind of work, a rating, an area or an agency. */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class WorklistFiltersTest {

  private static final Pattern PERSON_LINK = Pattern.compile("href=\"/people/([^\"/?]+)\"");
  private static final Pattern NEXT_LINK =
      Pattern.compile(
          "class=\"nhsuk-pagination__link nhsuk-pagination__link--next\" href=\"([^\"]+)\"");

  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired Clock clock;

  private final Actor coordinator = Actor.professional("coordinator", Role.DSR_COORDINATOR, "ICB");

  private Worklist worklist() {
    return register.worklist(
        coordinator,
        AccessPurpose.REGISTER_ADMINISTRATION,
        LocalDate.now(clock),
        PagesController.DUE_WITHIN_DAYS);
  }

  private Entry entry(EntryId id) {
    return register.entry(coordinator, AccessPurpose.REGISTER_ADMINISTRATION, id);
  }

  private WorklistSelection select(WorklistSelection.Filters filters) {
    return WorklistSelection.of(
        register, coordinator, AccessPurpose.REGISTER_ADMINISTRATION, worklist(), filters);
  }

  private String page(String url, String who) throws Exception {
    return mvc.perform(get(url).with(user(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static Set<String> peopleLinkedFrom(String html) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = PERSON_LINK.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  @Test
  void a_kind_of_work_keeps_exactly_the_work_of_that_kind_overdue_first() {
    List<WorklistItem> expected =
        worklist().items().stream().filter(i -> i.category() == WorkCategory.REVIEW).toList();
    assertThat(expected).as("the demo register has reviews due").isNotEmpty();

    List<WorklistItem> kept =
        select(
                new WorklistSelection.Filters(
                    Optional.of(WorkCategory.REVIEW),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
            .items();

    assertThat(kept).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(kept)
        .isSortedAccordingTo(
            java.util.Comparator.comparing((WorklistItem i) -> !i.overdue())
                .thenComparing(WorklistItem::due));
  }

  @Test
  void a_rating_keeps_only_work_for_people_with_that_rating_now() {
    List<WorklistItem> expected =
        worklist().items().stream()
            .filter(i -> entry(i.entryId()).currentRating().equals(Optional.of(Rating.RED)))
            .toList();
    assertThat(expected).as("the demo register has Red people with work due").isNotEmpty();

    List<WorklistItem> kept =
        select(
                new WorklistSelection.Filters(
                    Optional.empty(), Optional.of(Rating.RED), Optional.empty(), Optional.empty()))
            .items();

    assertThat(kept).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void an_area_is_matched_whatever_its_case_and_blank_means_every_area() {
    WorklistItem any = worklist().items().get(0);
    String area = entry(any.entryId()).person().residence().locality();
    List<WorklistItem> expected =
        worklist().items().stream()
            .filter(i -> entry(i.entryId()).person().residence().locality().equals(area))
            .toList();

    List<WorklistItem> kept =
        select(
                new WorklistSelection.Filters(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("  " + area.toUpperCase(java.util.Locale.UK) + " "),
                    Optional.empty()))
            .items();
    List<WorklistItem> blank =
        select(
                new WorklistSelection.Filters(
                    Optional.empty(), Optional.empty(), Optional.of(" "), Optional.empty()))
            .items();

    assertThat(kept).containsExactlyInAnyOrderElementsOf(expected).contains(any);
    assertThat(kept.size()).isLessThan(worklist().items().size());
    assertThat(blank).hasSameSizeAs(worklist().items());
  }

  @Test
  void the_worklist_page_shows_only_people_with_the_rating_chosen() throws Exception {
    Set<String> shown = peopleLinkedFrom(page("/worklist?rating=RED", "coordinator"));

    assertThat(shown).isNotEmpty();
    assertThat(shown)
        .allSatisfy(id -> assertThat(entry(EntryId.of(id)).currentRating()).contains(Rating.RED));
  }

  @Test
  void the_pages_of_a_narrowed_worklist_keep_the_filter() throws Exception {
    assertThat(worklist().items()).hasSizeGreaterThan(PagesController.PAGE_SIZE);

    String html = page("/worklist?kind=REVIEW&area=", "coordinator");

    assertThat(html).contains("kind=REVIEW").contains("selected");
    assertThat(html).contains("Show all work");
  }

  @Test
  void the_next_page_link_carries_where_the_page_ended_and_the_filter_and_shows_other_people()
      throws Exception {
    String first = page("/worklist?kind=REVIEW", "coordinator");
    Matcher next = NEXT_LINK.matcher(first);
    assertThat(next.find()).as("a link to the next page").isTrue();
    String link = next.group(1).replace("&amp;", "&");
    assertThat(link).contains("after=").contains("kind=REVIEW").contains("page=2");

    String second = page(link, "coordinator");

    Set<String> onFirst = peopleLinkedFrom(first);
    Set<String> onSecond = peopleLinkedFrom(second);
    assertThat(onFirst).hasSize(PagesController.PAGE_SIZE);
    assertThat(onSecond).isNotEmpty().doesNotContainAnyElementsOf(onFirst);
    assertThat(second).contains("Page 2").contains("First page");
  }

  @Test
  void an_agency_workers_narrowed_worklist_shows_only_people_their_agency_may_see()
      throws Exception {
    Actor agencyWorker =
        Actor.professional("agency", Role.SOCIAL_CARE_PRACTITIONER, "COUNCIL-SOCIAL-CARE");
    String coordinators = page("/worklist?kind=REVIEW", "coordinator");
    String agencyWorkers = page("/worklist?kind=REVIEW", "agency");

    Set<String> seenByCoordinator = peopleLinkedFrom(coordinators);
    Set<String> seenByAgency = peopleLinkedFrom(agencyWorkers);
    assertThat(coordinators).contains("id=\"rating\"").contains("id=\"area\"");
    assertThat(seenByAgency.size()).isLessThan(seenByCoordinator.size());
    assertThat(seenByAgency)
        .allSatisfy(
            id ->
                assertThat(
                        register
                            .entry(agencyWorker, AccessPurpose.DIRECT_CARE, EntryId.of(id))
                            .id()
                            .value())
                    .isEqualTo(id));
  }
}
