package org.opendsr.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users who may sign in, from {@code opendsr.web.users[n].*}: a user name, a bcrypt-hashed
 * password, the library role they act in and the agency they work for.
 *
 * @param users the users
 */
@ConfigurationProperties("opendsr.web")
public record WebUsersProperties(List<User> users) {

  /** Copies the list. */
  public WebUsersProperties {
    users = users == null ? List.of() : List.copyOf(users);
  }

  /**
   * One user.
   *
   * @param username the sign-in name
   * @param password the bcrypt hash of the password ({@code {bcrypt}$2a$...})
   * @param role the name of the library's role, e.g. DSR_COORDINATOR
   * @param agency the agency id the user works for
   * @param displayName the name shown in the header
   */
  public record User(
      String username, String password, String role, String agency, String displayName) {
    @Override
    public String toString() {
      return "User[" + username + "]";
    }
  }
}
