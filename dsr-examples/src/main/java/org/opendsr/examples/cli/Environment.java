package org.opendsr.examples.cli;

import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a command runs in: the clock that says what today is, the terminal's streams, the user's
 * home folder (where the default register lives) and whether output goes to a person at a terminal
 * (progress bars are shown only then). Chosen once by the entry point, so tests can give their own.
 *
 * @param clock the clock
 * @param in standard input, for interactive rating
 * @param out standard output
 * @param err standard error
 * @param home the user's home folder
 * @param terminal true when a person is watching a terminal
 */
public record Environment(
    Clock clock, BufferedReader in, PrintStream out, PrintStream err, Path home, boolean terminal) {

  /** Validates every part. */
  public Environment {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(home, "home");
  }

  /**
   * Today, by the clock.
   *
   * @return the date
   */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * The JDBC URL of the default register: an H2 file under {@code ~/.opendsr}.
   *
   * @return the URL
   */
  public String defaultDatabaseUrl() {
    return "jdbc:h2:file:" + home.resolve(".opendsr").resolve("register").toAbsolutePath();
  }
}
