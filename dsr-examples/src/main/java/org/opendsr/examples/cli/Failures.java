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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns every failure into one line on standard error and an {@link ExitCode}, never a stack trace.
 * The line is in a coordinator's words ({@link UserMessages}); {@code --verbose} adds a second line
 * with the field names, rule codes and exception types, which never carry personal data.
 */
final class Failures {

  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  /** Success. */
  static final int OK = ExitCode.OK.code();

  /** The command ran but its input could not be used: a bad file, rejected rows. */
  static final int FAILED = ExitCode.BAD_INPUT.code();

  /** The command was called wrongly. */
  static final int USAGE = ExitCode.USAGE.code();

  /**
   * The command wrote to the database, but the database did not confirm it: what was written may or
   * may not have been saved.
   */
  static final int OUTCOME_UNKNOWN = ExitCode.OUTCOME_UNKNOWN.code();

  private Failures() {}

  static int usage(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    String message;
    if (e.getCause() instanceof CommandLine.TypeConversionException t) {
      // A converter's own words; an option is named, a positional parameter is clear from order.
      CommandLine.Model.ArgSpec arg = e.getArgSpec();
      message =
          (arg instanceof CommandLine.Model.OptionSpec o ? o.longestName() + ": " : "")
              + t.getMessage();
    } else {
      // picocli appends the converter's exception in brackets; the user needs only the first part.
      message =
          oneLine(e.getMessage())
              .replaceFirst("^Error: ", "")
              .replaceAll("\\s*\\([\\w.$]+(Exception|Error):.*$", "");
    }
    cl.getErr().println("dsr: " + message + " (try: " + name(cl) + " --help)");
    cl.getErr().flush();
    return ExitCode.USAGE.code();
  }

  static int execution(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    UserMessage m = UserMessages.of(e);
    cl.getErr()
        .println(
            "dsr: "
                + oneLine(m.text())
                + (m.code() == ExitCode.USAGE ? " (try: " + name(cl) + " --help)" : ""));
    if (verbose(parsed)) {
      cl.getErr().println("dsr: detail: " + m.detail());
    }
    cl.getErr().flush();
    LOG.debug("dsr failed with exit code {}: {}", m.code().code(), m.detail());
    return m.code().code();
  }

  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption(DsrCommand.VERBOSE)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A failure's message as the library or the file system gave it, for wrapping in another message.
   *
   * @param e the failure
   * @return the message
   */
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
