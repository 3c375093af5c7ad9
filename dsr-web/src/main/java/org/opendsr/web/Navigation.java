package org.opendsr.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The header's menu on every page: the worklist, the reports and the audit trail, each only for a
 * role the library's rules let do it at all (the page itself still asks the library, which audits
 * the call), so that an analyst or an auditor, who has no worklist, finds their page.
 */
@ControllerAdvice
public class Navigation {

  private final SecurityConfig.Actors actors;

  /**
   * Created by Spring.
   *
   * @param actors the signed-in users as the library's actors
   */
  public Navigation(SecurityConfig.Actors actors) {
    this.actors = actors;
  }

  /**
   * One link of the menu.
   *
   * @param text the words shown
   * @param href where it goes
   */
  public record Link(String text, String href) {}

  /**
   * The name shown in the header for whoever is signed in, with the sign-out button; none for
   * nobody.
   *
   * @param principal who is signed in, if anyone
   * @return their display name, or null
   */
  @ModelAttribute("user")
  public String user(Principal principal) {
    return principal == null ? null : actors.displayName(principal.getName());
  }

  /**
   * The menu for whoever is signed in; empty for nobody.
   *
   * @param principal who is signed in, if anyone
   * @return the links their role allows
   */
  @ModelAttribute("navigation")
  public List<Link> navigation(Principal principal) {
    List<Link> links = new ArrayList<>();
    if (principal == null) {
      return links;
    }
    Role role;
    try {
      role = actors.of(principal.getName()).role();
    } catch (AccessDeniedException unknownUser) {
      return links;
    }
    if (role.allows(Operation.VIEW_WORKLIST)) {
      links.add(new Link("Worklist", "/worklist"));
    }
    if (role.allows(Operation.VIEW_REPORT)) {
      links.add(new Link("Reports", "/reports"));
    }
    if (role.allows(Operation.VIEW_AUDIT)) {
      links.add(new Link("Audit trail", "/audit"));
    }
    return links;
  }
}
