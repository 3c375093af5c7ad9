package org.opendsr.web;

import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The library's refusals and unknown entries as pages, for every controller. */
@ControllerAdvice
public class RefusalPages {

  /** Created by Spring. */
  public RefusalPages() {}

  /** The library's refusal is a 403 page; the refusal is already in the audit trail. */
  @ExceptionHandler(AccessDeniedException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  public String denied() {
    return "forbidden";
  }

  /** An unknown entry is a 404 page. */
  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  public String notFound() {
    return "not-found";
  }
}
