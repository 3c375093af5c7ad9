package org.opendsr.fhir;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.ValidationException;
import org.opendsr.core.entry.Closure;

/**
 * One period of a person's time on the register, from the date they were added to the date they
 * left (if they have). A person who leaves and is referred again gets a new episode; history is
 * kept (DOMAIN.md "Who is on it").
 *
 * @param id the register's identifier of the episode; not blank
 * @param added the date the episode began
 * @param closure how and when it ended, if it has; not before {@code added}
 */
public record RegisterEpisode(String id, LocalDate added, Optional<Closure> closure) {

  /**
   * Validates every part.
   *
   * @throws ValidationException naming {@code episode.id} or {@code episode.closure}
   */
  public RegisterEpisode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(closure, "closure");
    if (id.isBlank()) {
      throw ValidationException.of("episode.id", "must not be blank");
    }
    if (closure.filter(c -> c.on().isBefore(added)).isPresent()) {
      throw ValidationException.of("episode.closure", "must not be before the date added");
    }
  }

  /**
   * An episode still open.
   *
   * @param id the episode's identifier
   * @param added the date it began
   * @return the episode
   */
  public static RegisterEpisode open(String id, LocalDate added) {
    return new RegisterEpisode(id, added, Optional.empty());
  }

  /**
   * An episode that has ended.
   *
   * @param id the episode's identifier
   * @param added the date it began
   * @param closure how and when it ended
   * @return the episode
   */
  public static RegisterEpisode closed(String id, LocalDate added, Closure closure) {
    return new RegisterEpisode(id, added, Optional.of(closure));
  }
}
