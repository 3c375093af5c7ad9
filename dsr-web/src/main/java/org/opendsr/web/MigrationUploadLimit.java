package org.opendsr.web;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.opendsr.importing.ColumnMapping;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload larger than the configured limit is refused before any controller sees it: the
 * coordinator gets the upload form again, saying how large a file may be, rather than an error
 * page.
 */
@ControllerAdvice
public class MigrationUploadLimit {

  private final SecurityConfig.Actors actors;
  private final String maxFileSize;

  MigrationUploadLimit(
      SecurityConfig.Actors actors,
      @Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize) {
    this.actors = actors;
    this.maxFileSize = maxFileSize;
  }

  /**
   * The upload form with the limit, answering 413.
   *
   * @param tooLarge the refusal
   * @param request the request, for who sent it
   * @param model the page's model
   * @return the form
   */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
  public String tooLarge(
      MaxUploadSizeExceededException tooLarge, HttpServletRequest request, Model model) {
    Principal principal = request.getUserPrincipal();
    model.addAttribute("user", principal == null ? null : actors.displayName(principal.getName()));
    model.addAttribute("allowedKeys", String.join(", ", ColumnMapping.allowedKeys()));
    model.addAttribute(
        "errors",
        List.of(
            new MigrationController.Problem(
                "sheet",
                "Each file must be at most "
                    + maxFileSize
                    + ": split the register into smaller sheets and import each")));
    return "migration-upload";
  }
}
