package org.opendsr.web;

import java.security.Principal;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The library's refusals and unknown entries as pages, for every controller. */
@ControllerAdvice
public class RefusalPages {

  private final Navigation navigation;

  /**
   * Created by Spring.
   *
   * @param navigation the header's menu, so that a refused user finds the pages they may use
   */
  public RefusalPages(Navigation navigation) {
    this.navigation = navigation;
  }

  /**
   * The library's refusal is a 403 page, with the menu of the pages the user may use; the refusal
   * is already in the audit trail.
   *
   * @param principal who was refused
   * @param model the page's model
   * @return the page
   */
  @ExceptionHandler(AccessDeniedException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  public String denied(Principal principal, Model model) {
    model.addAttribute("navigation", navigation.navigation(principal));
    model.addAttribute("user", navigation.user(principal));
    return "forbidden";
  }

  /** An unknown entry is a 404 page. */
  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  public String notFound() {
    return "not-found";
  }
}
