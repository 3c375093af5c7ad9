package org.opendsr.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.opendsr.consent.ConsentException;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.ConsentRequiredException;
import org.opendsr.core.DsrException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.jdbc.DatabaseException;
import org.opendsr.jdbc.NoRegisterException;
import org.opendsr.rating.IncompleteAssessmentException;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Item;
import org.opendsr.rating.ItemProblem;
import org.opendsr.rating.RatingException;

/**
 * Turns what went wrong into a {@link UserMessage}: a sentence in a coordinator's words and an exit
 * code. It reads the structured problems the library's exceptions carry (a {@link Violation}'s
 * field and rule, an {@link ItemProblem}'s kind), never the text of their messages; field names,
 * rule codes and exception types go into the detail shown only with {@code --verbose}.
 */
final class UserMessages {

  /** H2's error code for a database file another process holds open ("may be already in use"). */
  static final int H2_DATABASE_ALREADY_OPEN = 90020;

  /**
   * Fields whose rules are the register refusing an action in the entry's current state, rather
   * than a value typed wrongly.
   */
  private static final List<String> REFUSALS =
      List.of("entry.status", "firstContact", "status", "taskId", "reviewId", "admission");

  /** The words a coordinator uses for the library's field names. */
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("nhsNumber", "The NHS number"),
          Map.entry("person.nhsNumber", "The NHS number"),
          Map.entry("firstNine", "The first nine digits of the NHS number"),
          Map.entry("person.dateOfBirth", "The date of birth"),
          Map.entry("dateOfBirth", "The date of birth"),
          Map.entry("referral.date", "The referral date"),
          Map.entry("rating.assessmentDate", "The assessment date"),
          Map.entry("rating", "The rating"),
          Map.entry("firstContact", "First contact"),
          Map.entry("taskId", "The task"),
          Map.entry("reviewId", "The C(E)TR"),
          Map.entry("admission", "The admission"),
          Map.entry("status", "The status"),
          Map.entry("on", "The date"),
          Map.entry("due", "The due date"),
          Map.entry("person", "The person's details"));

  private UserMessages() {}

  /**
   * The message for a failure.
   *
   * @param e what was thrown
   * @return the message and exit code
   */
  static UserMessage of(Throwable e) {
    String detail = detail(e);
    if (e instanceof UsageException) {
      return new UserMessage(ExitCode.USAGE, e.getMessage(), detail);
    }
    if (e instanceof BadInputException) {
      return new UserMessage(ExitCode.BAD_INPUT, e.getMessage(), detail);
    }
    if (e instanceof OutcomeUnknownException) {
      return new UserMessage(ExitCode.OUTCOME_UNKNOWN, e.getMessage(), detail);
    }
    if (e instanceof CannotWriteException) {
      return new UserMessage(ExitCode.SYSTEM, e.getMessage(), detail);
    }
    if (e instanceof ValidationException v) {
      boolean refused = v.violations().stream().anyMatch(UserMessages::isRefusal);
      String text =
          v.violations().stream().map(UserMessages::describe).collect(Collectors.joining(" "));
      return new UserMessage(refused ? ExitCode.REFUSED : ExitCode.BAD_INPUT, text, detail);
    }
    if (e instanceof ConsentRequiredException
        || e instanceof ConcurrentUpdateException
        || e instanceof AccessDeniedException) {
      return new UserMessage(ExitCode.REFUSED, sentence(e.getMessage()), detail);
    }
    if (e instanceof NotFoundException) {
      return new UserMessage(ExitCode.BAD_INPUT, sentence(e.getMessage()), detail);
    }
    if (e instanceof NoRegisterException) {
      // Pointed at an empty or foreign database, a command that only reads creates nothing.
      return new UserMessage(
          ExitCode.BAD_INPUT,
          "This database holds no register: run `dsr demo --save` to load the demo's fictional"
              + " people, or `dsr import` to carry a register over.",
          detail);
    }
    if (e instanceof DsrException) {
      if (databaseInUse(e)) {
        return new UserMessage(
            ExitCode.SYSTEM,
            "The register is in use by another dsr command: wait for it to finish, then try"
                + " again.",
            detail);
      }
      if (e instanceof DatabaseException) {
        // The SQL state and vendor code are for --verbose; the user reads the step that failed.
        String message = e.getMessage();
        int codes = message.indexOf(" (SQLState");
        return new UserMessage(
            ExitCode.SYSTEM, sentence(codes < 0 ? message : message.substring(0, codes)), detail);
      }
      return new UserMessage(ExitCode.SYSTEM, sentence(e.getMessage()), detail);
    }
    if (e instanceof IncompleteAssessmentException i) {
      return new UserMessage(ExitCode.BAD_INPUT, incomplete(i, null), detail);
    }
    if (e instanceof RatingException || e instanceof ConsentException) {
      return new UserMessage(ExitCode.BAD_INPUT, sentence(e.getMessage()), detail);
    }
    if (e instanceof NoSuchFileException f) {
      return new UserMessage(ExitCode.BAD_INPUT, "There is no file " + f.getFile() + ".", detail);
    }
    if (e instanceof java.nio.file.AccessDeniedException f) {
      return new UserMessage(
          ExitCode.SYSTEM, "You are not allowed to read or write " + f.getFile() + ".", detail);
    }
    if (e instanceof UncheckedIOException u) {
      if (u.getCause() instanceof NoSuchFileException
          || u.getCause() instanceof java.nio.file.AccessDeniedException) {
        UserMessage cause = of(u.getCause());
        return new UserMessage(cause.code(), sentence(u.getMessage()) + " " + cause.text(), detail);
      }
      // The library's readers say which file is not well-formed and where.
      return new UserMessage(ExitCode.BAD_INPUT, sentence(u.getMessage()), detail);
    }
    if (e instanceof IOException) {
      return new UserMessage(
          ExitCode.SYSTEM, "Reading or writing a file failed: " + sentence(e.getMessage()), detail);
    }
    return new UserMessage(
        ExitCode.SYSTEM,
        "Unexpected error; nothing more was written. Please report it with the command you ran"
            + " (--verbose shows the details).",
        detail);
  }

  /**
   * Why a set of answers cannot be rated, question by question, in the coordinator's words.
   *
   * @param e the problems found
   * @param instrument the instrument the answers were for, to quote its questions; or null
   * @return the sentence
   */
  static String incomplete(IncompleteAssessmentException e, Instrument instrument) {
    List<String> parts = new ArrayList<>();
    for (ItemProblem p : e.problems()) {
      Item item = instrument == null ? null : find(instrument, p.itemId());
      String question = item == null ? p.itemId() : "\"" + item.text() + "\" (" + p.itemId() + ")";
      switch (p.kind()) {
        case MISSING:
          parts.add("no answer to " + question);
          break;
        case WRONG_KIND:
        case OUT_OF_RANGE:
          parts.add(
              "the answer to "
                  + question
                  + (item == null ? " is not one it takes" : " must be " + expected(item)));
          break;
        case UNKNOWN_ITEM:
          parts.add(p.itemId() + " is not a question of this instrument");
          break;
        default:
          parts.add(question + ": " + p.rule());
          break;
      }
    }
    return "These answers cannot be rated: " + String.join("; ", parts) + ".";
  }

  private static Item find(Instrument instrument, String itemId) {
    return instrument.items().stream().filter(i -> i.id().equals(itemId)).findFirst().orElse(null);
  }

  private static String expected(Item item) {
    switch (item.kind()) {
      case YES_NO:
        return "yes or no";
      case LEVEL:
        return "low, medium or high";
      default:
        return "a whole number from " + item.minimum() + " to " + item.maximum();
    }
  }

  private static boolean isRefusal(Violation v) {
    return REFUSALS.contains(v.field())
        || v.field().equals("nhsNumber") && v.rule().startsWith("already has an open entry");
  }

  /**
   * One violation, in a coordinator's words.
   *
   * @param v the violation
   * @return a sentence
   */
  static String describe(Violation v) {
    if (v.field().equals("entry.status")) {
      for (EntryStatus s : EntryStatus.values()) {
        if (v.rule().endsWith("entry is " + s) || v.rule().startsWith("entry is " + s + ";")) {
          return because(s);
        }
      }
    }
    if (v.field().equals("nhsNumber") && v.rule().startsWith("already has an open entry")) {
      return "This person " + v.rule() + ".";
    }
    String field = FIELDS.get(v.field());
    if (field == null) {
      // A name the user wrote themselves (a mapping file's key, a row and column): kept as it is.
      return Failures.oneLine(v.field() + " " + v.rule()) + ".";
    }
    return sentence(field + " " + v.rule());
  }

  private static String because(EntryStatus status) {
    switch (status) {
      case REFERRED:
        return "This person is referred, not yet on the register: record a basis for inclusion"
            + " first.";
      case INCLUSION_BASIS_LAPSED:
        return "This person's basis for inclusion has lapsed: record consent or a best-interests"
            + " decision again first.";
      case DECLINED:
        return "This referral was declined: nothing more can be recorded on it; a new referral"
            + " opens a new episode.";
      case CLOSED:
        return "This entry is closed: nothing more can be recorded on it; a new referral opens a"
            + " new episode.";
      default:
        return "This entry is on the register; this cannot be recorded on it now.";
    }
  }

  /**
   * Why a folder cannot be written, from what the file system shows.
   *
   * @param folder the folder asked for
   * @return the reason in words
   */
  static String whyNotWritable(Path folder) {
    Path p = folder.toAbsolutePath();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    if (p == null) {
      return "no part of that path exists";
    }
    if (!Files.isDirectory(p)) {
      return p + " is a file, not a folder";
    }
    if (!Files.isWritable(p)) {
      return "you are not allowed to write in " + p;
    }
    return "the folder could not be created or written";
  }

  private static boolean databaseInUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
        return true;
      }
      if (t instanceof DatabaseException d && d.vendorCode() == H2_DATABASE_ALREADY_OPEN) {
        return true;
      }
    }
    return false;
  }

  /**
   * The technical detail for {@code --verbose}: each exception's type and, for the library's own
   * exceptions (whose messages never hold personal data), its message; for a database error its
   * vendor code and SQL state.
   */
  private static String detail(Throwable e) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = e; t != null && parts.size() < 5; t = t.getCause()) {
      String part = t.getClass().getName();
      if (t instanceof SQLException s) {
        part += " (error code " + s.getErrorCode() + ", SQL state " + s.getSQLState() + ")";
      } else if (t instanceof DsrException
          || t instanceof RatingException
          || t instanceof ConsentException
          || t instanceof UsageException
          || t instanceof BadInputException) {
        part += ": " + Failures.oneLine(t.getMessage());
      }
      parts.add(part);
    }
    return String.join(" <- ", parts);
  }

  /**
   * A message as a sentence: a capital first letter and a full stop.
   *
   * @param text the message
   * @return the sentence
   */
  static String sentence(String text) {
    String t = Failures.oneLine(text);
    t = t.substring(0, 1).toUpperCase(Locale.UK) + t.substring(1);
    return t.endsWith(".") ? t : t + ".";
  }
}
