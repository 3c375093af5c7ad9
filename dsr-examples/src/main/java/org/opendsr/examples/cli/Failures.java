package org.opendsr.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Collectors;
import org.opendsr.core.DsrException;
import org.opendsr.core.ValidationException;
import org.opendsr.rating.IncompleteAssessmentException;
import org.opendsr.rating.RatingException;
import picocli.CommandLine;

/**
 * Turns every failure into one line on standard error and an exit code, never a stack trace. The
 * messages come from the library, whose exceptions never carry personal data, or name files and
 * rules only.
 */
final class Failures {

  /** Success. */
  static final int OK = 0;

  /** The command ran but failed: bad file, rejected data, unreachable database. */
  static final int FAILED = 1;

  /** The command was called wrongly. */
  static final int USAGE = 2;

  /**
   * The command wrote to the database, but the database did not confirm it: what was written may or
   * may not have been saved.
   */
  static final int OUTCOME_UNKNOWN = 3;

  private Failures() {}

  static int usage(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    // picocli appends the converter's exception in brackets; the user needs only the first part.
    String message = oneLine(e.getMessage()).replaceAll("\\s*\\([\\w.$]+(Exception|Error):.*$", "");
    cl.getErr().println("dsr: " + message + " (try: " + name(cl) + " --help)");
    cl.getErr().flush();
    return USAGE;
  }

  static int execution(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    int code =
        e instanceof UsageException
            ? USAGE
            : e instanceof OutcomeUnknownException ? OUTCOME_UNKNOWN : FAILED;
    cl.getErr().println("dsr: " + oneLine(message(e)));
    cl.getErr().flush();
    return code;
  }

  static String message(Throwable e) {
    if (e instanceof UsageException) {
      return e.getMessage();
    }
    if (e instanceof ValidationException v) {
      return v.violations().stream()
          .map(x -> x.field() + " " + x.rule())
          .collect(Collectors.joining("; "));
    }
    if (e instanceof DsrException) {
      return e.getMessage();
    }
    if (e instanceof IncompleteAssessmentException i) {
      return "the answers do not complete instrument "
          + i.instrumentId()
          + ": "
          + i.problems().stream()
              .map(p -> p.itemId() + " " + p.rule())
              .collect(Collectors.joining("; "));
    }
    if (e instanceof RatingException) {
      return e.getMessage();
    }
    if (e instanceof NoSuchFileException f) {
      return "no such file: " + f.getFile();
    }
    if (e instanceof AccessDeniedException f) {
      return "not allowed to read or write: " + f.getFile();
    }
    if (e instanceof UncheckedIOException u) {
      return u.getMessage() + causeOf(u.getCause());
    }
    if (e instanceof IOException) {
      return "input or output failed: " + e.getMessage();
    }
    return "unexpected error ("
        + e.getClass().getSimpleName()
        + "); nothing more was written. Please report it with the command you ran.";
  }

  private static String causeOf(IOException cause) {
    if (cause instanceof NoSuchFileException || cause instanceof AccessDeniedException) {
      return " (" + message(cause) + ")";
    }
    return "";
  }

  private static String name(CommandLine cl) {
    return cl.getCommandSpec().qualifiedName();
  }

  static String oneLine(String text) {
    if (text == null || text.isBlank()) {
      return "failed";
    }
    return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
