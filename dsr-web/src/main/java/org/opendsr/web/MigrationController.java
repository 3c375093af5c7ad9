package org.opendsr.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.importing.ColumnMapping;
import org.opendsr.importing.LegacyImport;
import org.opendsr.importing.RowProblem;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator carries a legacy spreadsheet register over: upload the sheet and its mapping, see
 * the dry run's row problems page by page (row, column and rule, never a value), download the
 * rejects file, and confirm the import, all or nothing or partially, with the summary by rule
 * afterwards. Only a DSR coordinator may, as only a coordinator may carry people over.
 */
@Controller
public class MigrationController {

  /** Problems shown on one page (local practice, configurable by changing it here). */
  static final int PROBLEMS_PER_PAGE = 25;

  private static final String UPLOAD = "migration.upload";

  private final Migrations migrations;
  private final SecurityConfig.Actors actors;

  MigrationController(Migrations migrations, SecurityConfig.Actors actors) {
    this.migrations = migrations;
    this.actors = actors;
  }

  private Actor coordinator(Principal principal) {
    Actor actor = actors.of(principal.getName());
    if (actor.role() != Role.DSR_COORDINATOR) {
      throw new AccessDeniedException("only a DSR coordinator may carry a register over");
    }
    return actor;
  }

  /** The upload form. */
  @GetMapping("/migration")
  String form(Principal principal, Model model) {
    coordinator(principal);
    model.addAttribute("errors", List.of());
    return upload(model, principal);
  }

  /** Keeps the upload in an owner-only folder and runs the dry run; or shows what is wrong. */
  @PostMapping("/migration")
  String receive(
      Principal principal,
      @RequestParam(name = "sheet", required = false) MultipartFile sheet,
      @RequestParam(name = "mapping", required = false) MultipartFile mapping,
      HttpSession session,
      HttpServletResponse response,
      Model model)
      throws IOException {
    Actor actor = coordinator(principal);
    List<Problem> errors = new ArrayList<>();
    if (sheet == null || sheet.isEmpty()) {
      errors.add(new Problem("sheet", "Choose the register saved as CSV"));
    }
    if (mapping == null || mapping.isEmpty()) {
      errors.add(new Problem("mapping", "Choose the mapping file"));
    }
    if (!errors.isEmpty()) {
      return refused(model, principal, errors, response);
    }
    forget(session);
    Migrations.Upload upload;
    try (InputStream s = sheet.getInputStream();
        InputStream m = mapping.getInputStream()) {
      upload = migrations.receive(s, m);
    }
    try {
      ColumnMapping columns = migrations.mapping(upload);
      migrations.dryRun(upload, columns, actor);
    } catch (ValidationException bad) {
      upload.delete();
      for (Violation v : bad.violations()) {
        String field = v.field().startsWith("mapping") ? "mapping" : "sheet";
        errors.add(new Problem(field, v.field() + ": " + v.rule()));
      }
      return refused(model, principal, errors, response);
    }
    session.setAttribute(UPLOAD, upload);
    return "redirect:/migration/check";
  }

  /** The dry run: what the import would do, and one page of the row problems. */
  @GetMapping("/migration/check")
  String check(
      Principal principal,
      @RequestParam(name = "page", defaultValue = "1") int page,
      HttpSession session,
      Model model) {
    coordinator(principal);
    Migrations.Upload upload = (Migrations.Upload) session.getAttribute(UPLOAD);
    if (upload == null || upload.dryRun().isEmpty()) {
      return "redirect:/migration";
    }
    LegacyImport.Outcome outcome = upload.dryRun().get();
    Migrations.Page<RowProblem> problems =
        Migrations.page(outcome.problems(), page, PROBLEMS_PER_PAGE);
    model.addAttribute("outcome", outcome);
    model.addAttribute("problems", problems);
    model.addAttribute("hasRejects", outcome.badRows() > 0 && Files.exists(upload.rejects()));
    model.addAttribute("user", actors.displayName(principal.getName()));
    return "migration-check";
  }

  /** The rows left out, with a "problems" column: personal data, so never cached. */
  @GetMapping("/migration/rejects")
  ResponseEntity<Resource> rejects(Principal principal, HttpSession session) {
    coordinator(principal);
    Migrations.Upload upload = (Migrations.Upload) session.getAttribute(UPLOAD);
    if (upload == null || !Files.exists(upload.rejects())) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("legacy-register-rejects.csv")
                .build()
                .toString())
        .cacheControl(CacheControl.noStore())
        .body(new FileSystemResource(upload.rejects()));
  }

  /** Imports, all or nothing or partially, audited as the coordinator's; then forgets the files. */
  @PostMapping("/migration/confirm")
  String confirm(
      Principal principal,
      @RequestParam(name = "mode", required = false) String mode,
      HttpSession session,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    Actor actor = coordinator(principal);
    Migrations.Upload upload = (Migrations.Upload) session.getAttribute(UPLOAD);
    if (upload == null || upload.dryRun().isEmpty()) {
      return "redirect:/migration";
    }
    if (!"all".equals(mode) && !"partial".equals(mode)) {
      model.addAttribute("modeError", "Select how to import");
      model.addAttribute("outcome", upload.dryRun().get());
      model.addAttribute(
          "problems", Migrations.page(upload.dryRun().get().problems(), 1, PROBLEMS_PER_PAGE));
      model.addAttribute("hasRejects", upload.dryRun().get().badRows() > 0);
      model.addAttribute("user", actors.displayName(principal.getName()));
      return "migration-check";
    }
    boolean partial = "partial".equals(mode);
    LegacyImport.Outcome outcome;
    try {
      outcome = migrations.confirm(upload, migrations.mapping(upload), actor, partial);
    } finally {
      session.removeAttribute(UPLOAD);
    }
    redirect.addFlashAttribute("outcome", outcome);
    redirect.addFlashAttribute("partial", partial);
    return "redirect:/migration/done";
  }

  /** The summary by rule, after the import. */
  @GetMapping("/migration/done")
  String done(Principal principal, Model model) {
    coordinator(principal);
    if (!model.containsAttribute("outcome")) {
      return "redirect:/migration";
    }
    LegacyImport.Outcome outcome = (LegacyImport.Outcome) model.getAttribute("outcome");
    boolean written =
        outcome != null && (outcome.clean() || Boolean.TRUE.equals(model.getAttribute("partial")));
    model.addAttribute("written", written);
    model.addAttribute("referredBecause", outcome == null ? Map.of() : outcome.referredBecause());
    model.addAttribute("user", actors.displayName(principal.getName()));
    return "migration-done";
  }

  /** Forgets the upload, deleting its files. */
  @PostMapping("/migration/cancel")
  String cancel(Principal principal, HttpSession session) {
    coordinator(principal);
    forget(session);
    return "redirect:/migration";
  }

  private static void forget(HttpSession session) {
    // Removing the attribute unbinds the upload, which deletes its folder.
    session.removeAttribute(UPLOAD);
  }

  private String refused(
      Model model, Principal principal, List<Problem> errors, HttpServletResponse response) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("errors", errors);
    return upload(model, principal);
  }

  private String upload(Model model, Principal principal) {
    model.addAttribute("user", actors.displayName(principal.getName()));
    model.addAttribute("allowedKeys", String.join(", ", ColumnMapping.allowedKeys()));
    return "migration-upload";
  }

  /**
   * A problem with what was uploaded: the field it concerns, and the rule it broke.
   *
   * @param field the form field: sheet or mapping
   * @param message the rule broken, naming the key or column; never a value from the sheet
   */
  record Problem(String field, String message) {}
}
