package org.opendsr.web.api;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.CommandResult;
import org.opendsr.core.store.DueCursor;
import org.opendsr.core.store.OneOpenEntryPerPerson;
import org.opendsr.core.worklist.WorkCategory;
import org.opendsr.core.worklist.Worklist;
import org.opendsr.core.worklist.WorklistItem;
import org.opendsr.rating.Rating;
import org.opendsr.web.SecurityConfig;
import org.opendsr.web.WorklistSelection;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The register as JSON: refer a person, read an entry, and the worklist. Each call names the
 * signed-in user as the library's actor and goes through the access-controlled register, which
 * decides it by the library's access rules and audits it, allowed or denied.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "register", description = "Referrals, entries and the worklist")
@SecurityRequirement(name = ApiSecurityConfig.SCHEME)
@ApiResponse(
    responseCode = "401",
    description = "No credentials, or not a configured user's",
    content =
        @Content(
            mediaType = ApiProblems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(
    responseCode = "403",
    description = "The library's access rules do not allow the call (it is audited)",
    content =
        @Content(
            mediaType = ApiProblems.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemDetail.class)))
public class RegisterApi {

  /** Items on a page of the worklist unless the caller asks for another size. */
  static final int DEFAULT_PAGE_SIZE = 20;

  /** The largest page a caller may ask for. */
  static final int MAX_PAGE_SIZE = 100;

  /** Work due within this many days is "due soon", as on the worklist page. */
  static final int DUE_WITHIN_DAYS = 14;

  private final AccessControlledRegister register;
  private final SecurityConfig.Actors actors;
  private final Clock clock;

  RegisterApi(AccessControlledRegister register, SecurityConfig.Actors actors, Clock clock) {
    this.register = register;
    this.actors = actors;
    this.clock = clock;
  }

  /**
   * What a referral made.
   *
   * @param id the new entry's id
   * @param version its version, to send back with a change to it
   * @param status referred, or active when the referral came with a basis for inclusion
   */
  public record ReferralResult(String id, long version, EntryStatus status) {}

  /**
   * Refers a person: opens a new entry, or refuses the referral naming the field and rule.
   *
   * @param principal the signed-in user
   * @param request the referral
   * @return 201 with the new entry's id and its address
   */
  @PostMapping(path = "/referrals", consumes = MediaType.APPLICATION_JSON_VALUE)
  @io.swagger.v3.oas.annotations.Operation(
      operationId = "refer",
      summary = "Refer a person to the register",
      description =
          "Opens a new entry. 422 names the field and rule a referral broke; 409 when the person"
              + " already has an open entry.")
  @ApiResponse(responseCode = "201", description = "The new entry's id; Location is its address")
  @ApiResponse(
      responseCode = "400",
      description = "The body is not JSON, or a value has the wrong type",
      content =
          @Content(
              mediaType = ApiProblems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "409",
      description = "The person already has an open entry on the register",
      content =
          @Content(
              mediaType = ApiProblems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(
      responseCode = "422",
      description = "A rule refuses the referral; each field is named with its rule",
      content =
          @Content(
              mediaType = ApiProblems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public ResponseEntity<ReferralResult> refer(
      Principal principal, @Valid @RequestBody ReferralRequest request) {
    Actor actor = actors.of(principal.getName());
    PersonDetails person = personOf(request.person());
    Referral referral = referralOf(request.referral());
    CommandResult result;
    try {
      result =
          register.handle(
              actor,
              AccessPurpose.DIRECT_CARE,
              new Command.Refer(actor.userId(), person, referral, List.of()));
    } catch (ValidationException refused) {
      throw refusal(refused);
    }
    String id = result.entryId().value();
    return ResponseEntity.created(URI.create("/api/entries/" + id))
        .body(new ReferralResult(id, result.version(), result.entry().status()));
  }

  /**
   * One entry, as the caller may see it.
   *
   * @param principal the signed-in user
   * @param id the entry id
   * @return the entry
   */
  @GetMapping("/entries/{id}")
  @io.swagger.v3.oas.annotations.Operation(
      operationId = "readEntry",
      summary = "Read one entry",
      description =
          "403 when the library's access rules do not let the caller see it (the refusal is"
              + " audited); 404 when there is no such entry.")
  @ApiResponse(responseCode = "200", description = "The entry")
  @ApiResponse(
      responseCode = "404",
      description = "There is no entry with that id",
      content =
          @Content(
              mediaType = ApiProblems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public EntryView entry(Principal principal, @PathVariable String id) {
    Actor actor = actors.of(principal.getName());
    Entry entry = register.entry(actor, AccessPurpose.DIRECT_CARE, entryIdOf(id));
    return EntryView.of(entry, LocalDate.now(clock));
  }

  /**
   * The worklist a page at a time: overdue work first, then work due soon, limited to the entries
   * the caller may see and narrowed by the filters given.
   *
   * @param principal the signed-in user
   * @param page the page, from 1
   * @param size items on a page
   * @param category only work of this worklist column
   * @param rating only people with this current rating
   * @param locality only people living in this reporting area
   * @param agency only people this agency is involved with
   * @param after to page by position: empty for the first page, then the {@code next} of the page
   *     before; each page then holds up to {@code size} people's work, earliest due first, without
   *     totals, and the store pages it by keyset (the numbered pages compute the whole worklist)
   * @return the page
   */
  @GetMapping("/worklist")
  @io.swagger.v3.oas.annotations.Operation(
      operationId = "worklist",
      summary = "The worklist, a page at a time",
      description =
          "Overdue work first, then work due soon; names only for roles that may see them."
              + " With 'after', a page of people's work by position, paged by the database.")
  @ApiResponse(responseCode = "200", description = "One page of the worklist")
  @ApiResponse(
      responseCode = "400",
      description = "A parameter is not valid",
      content =
          @Content(
              mediaType = ApiProblems.MEDIA_TYPE,
              schema = @Schema(implementation = ProblemDetail.class)))
  public WorklistPage worklist(
      Principal principal,
      @Parameter(description = "The page, from 1") @RequestParam(defaultValue = "1") @Min(1)
          int page,
      @Parameter(description = "Items on a page, 1 to 100")
          @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE)
          @Min(1)
          @Max(MAX_PAGE_SIZE)
          int size,
      @Parameter(description = "Only work of this kind") @RequestParam
          Optional<WorkCategory> category,
      @Parameter(description = "Only people with this current rating") @RequestParam
          Optional<Rating> rating,
      @Parameter(description = "Only people living in this reporting area") @RequestParam
          Optional<String> locality,
      @Parameter(description = "Only people this agency (by id or name) is involved with")
          @RequestParam
          Optional<String> agency,
      @Parameter(
              description =
                  "Pages by position instead of by number: empty for the first page, then the"
                      + " 'next' of the page before. Each page holds up to 'size' people's work,"
                      + " earliest due first, and costs the same however deep it is.")
          @RequestParam
          Optional<String> after) {
    Actor actor = actors.of(principal.getName());
    AccessPurpose purpose =
        actor.role().isRegisterWide()
            ? AccessPurpose.REGISTER_ADMINISTRATION
            : AccessPurpose.DIRECT_CARE;
    LocalDate today = LocalDate.now(clock);
    boolean mayName = actor.role().allows(Operation.VIEW_ENTRY);
    WorklistSelection.Filters filters =
        new WorklistSelection.Filters(category, rating, locality, agency);
    if (after.isPresent()) {
      Optional<DueCursor> cursor = cursorOf(after.get());
      WorklistSelection selection =
          WorklistSelection.page(
              register, actor, purpose, today, DUE_WITHIN_DAYS, filters, cursor, size);
      return new WorklistPage(
          today,
          1,
          size,
          null,
          null,
          shown(selection, selection.items(), mayName),
          selection.next().map(DueCursor::token).orElse(null));
    }
    Worklist worklist = register.worklist(actor, purpose, today, DUE_WITHIN_DAYS);
    WorklistSelection selection = WorklistSelection.of(register, actor, purpose, worklist, filters);
    List<WorklistItem> items = selection.items();
    int pages = Math.max(1, (items.size() + size - 1) / size);
    int from = Math.min(items.size(), (page - 1) * size);
    List<WorklistPage.Item> shown =
        shown(selection, items.subList(from, Math.min(items.size(), from + size)), mayName);
    return new WorklistPage(today, page, size, items.size(), pages, shown, null);
  }

  /** A position no page gave is a bad parameter (400), named but not echoed. */
  private static Optional<DueCursor> cursorOf(String after) {
    if (after.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(DueCursor.parse("after", after.strip()));
    } catch (ValidationException notAPosition) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, notAPosition.getMessage());
    }
  }

  private static List<WorklistPage.Item> shown(
      WorklistSelection selection, List<WorklistItem> items, boolean mayName) {
    List<WorklistPage.Item> shown = new ArrayList<>();
    for (WorklistItem i : items) {
      shown.add(
          new WorklistPage.Item(
              i.entryId().value(),
              mayName ? selection.name(i.entryId()).orElse(null) : null,
              i.category(),
              i.itemId(),
              i.description(),
              i.due(),
              i.overdue()));
    }
    return shown;
  }

  /** An id that is not an entry id's shape names no entry: answered as unknown, not echoed. */
  private static EntryId entryIdOf(String id) {
    try {
      return EntryId.of(id);
    } catch (ValidationException malformed) {
      throw new NotFoundException("no such entry");
    }
  }

  private static PersonDetails personOf(ReferralRequest.Person p) {
    return build(
        field -> "person." + field,
        () -> {
          ReferralRequest.Name n = p.name();
          ReferralRequest.Residence r = p.residence();
          return new PersonDetails(
              new PersonName(n.given(), n.family(), Optional.ofNullable(n.preferred())),
              DateOfBirth.of(p.dateOfBirth()),
              NhsNumber.parse(p.nhsNumber()),
              new Residence(
                  r.address(), Optional.ofNullable(r.postcode()), r.locality(), r.setting()),
              p.diagnosis(),
              Boolean.TRUE.equals(p.educationHealthAndCarePlan()));
        });
  }

  private static Referral referralOf(ReferralRequest.Referral r) {
    ContactDetails contact =
        build(
            field -> "referral.referrerC" + field.substring(1),
            () ->
                new ContactDetails(
                    Optional.ofNullable(r.referrerContact().telephone()),
                    Optional.ofNullable(r.referrerContact().email())));
    return build(
        field -> field, () -> Referral.of(r.source(), r.date(), r.referrerRole(), contact));
  }

  /**
   * Builds a part of the library's model, naming each field a rule refuses by its path in the
   * request body (the library's {@code contact.telephone} is {@code
   * referral.referrerContact.telephone} here).
   */
  private static <T> T build(UnaryOperator<String> inBody, Supplier<T> part) {
    try {
      return part.get();
    } catch (ValidationException refused) {
      List<Violation> named = new ArrayList<>();
      for (Violation v : refused.violations()) {
        named.add(Violation.of(inBody.apply(v.field()), v.rule()));
      }
      throw new ApiRefusal(
          HttpStatus.UNPROCESSABLE_CONTENT, "The referral breaks a rule of the register.", named);
    }
  }

  /**
   * The register's refusal of a referral: a conflict when the person already has an open entry
   * (without that entry's id, which the caller may not be allowed to see), otherwise the rules it
   * broke, with each field named by its path in the request body.
   */
  private static ApiRefusal refusal(ValidationException refused) {
    List<Violation> named = new ArrayList<>();
    boolean openEntry = false;
    for (Violation v : refused.violations()) {
      if (v.field().equals(OneOpenEntryPerPerson.FIELD)
          && v.rule().startsWith(OneOpenEntryPerPerson.RULE)) {
        openEntry = true;
        named.add(Violation.of("person.nhsNumber", OneOpenEntryPerPerson.RULE));
      } else {
        named.add(Violation.of(bodyPath(v.field()), v.rule()));
      }
    }
    return openEntry
        ? new ApiRefusal(
            HttpStatus.CONFLICT, "The person already has an open entry on the register.", named)
        : new ApiRefusal(
            HttpStatus.UNPROCESSABLE_CONTENT, "The referral breaks a rule of the register.", named);
  }

  private static String bodyPath(String field) {
    if (field.startsWith("referral.")) {
      return field;
    }
    if (field.equals("nhsNumber")
        || field.equals("dateOfBirth")
        || field.startsWith("name.")
        || field.startsWith("residence.")
        || field.equals("diagnosis")) {
      return "person." + field;
    }
    return field;
  }
}
