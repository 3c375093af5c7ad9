package org.opendsr.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.opendsr.core.access.AccessPolicy;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.EntryAccessFacts;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.register.Command.RecordRating;
import org.opendsr.core.register.CommandResult;
import org.opendsr.json.DsrJson;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.ClinicianOverride;
import org.opendsr.rating.IncompleteAssessmentException;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Item;
import org.opendsr.rating.Level;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.Reason;
import org.opendsr.rating.RecordedRating;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dsr rate}: a RAG(B) rating with the reasons that fired and the processes it triggers. */
@Command(
    name = "rate",
    mixinStandardHelpOptions = true,
    description = {
      "Rate a person and show the suggested rating, why, and the processes it triggers.",
      "The answers come from an answers file, or you are asked each question in turn. With",
      "--entry it shows whose record it is and its current rating, and records the rating",
      "once you confirm (or with --yes); --override records another rating, with --reason."
    })
final class RateCommand implements Callable<Integer> {

  @ParentCommand private DsrCommand parent;

  @Mixin private DatabaseOptions db;

  @Option(
      names = "--instrument",
      paramLabel = "ID_OR_FILE",
      description =
          "A shipped instrument (national-definitions, key-questions, two-section-matrix,"
              + " weighted-items) or a local instrument's JSON file (default: national-definitions).")
  private String instrument = "national-definitions";

  @Option(
      names = "--answers",
      paramLabel = "FILE",
      description =
          "One 'item_id = answer' a line: yes/no, low/medium/high or a number. Without it you are"
              + " asked each question.")
  private Path answers;

  @ArgGroup(multiplicity = "0..1")
  private Who who;

  @Option(
      names = "--questions",
      description =
          "List the instrument's questions, each with the item id an answers file uses, and stop.")
  private boolean questions;

  static final class Who {
    @Option(
        names = "--entry",
        paramLabel = "ENTRY_ID",
        description = "Rate this entry and record the rating.")
    String entry;

    @Option(
        names = "--born",
        paramLabel = "YYYY-MM-DD",
        description = "Only show the decision for a person born on this date.")
    LocalDate born;
  }

  @Option(names = "--inpatient", description = "With --born: the person is in hospital now.")
  private boolean inpatient;

  @Option(
      names = {"-y", "--yes"},
      description =
          "With --entry: record without asking first (for scripts; without a terminal it is"
              + " required).")
  private boolean yes;

  @Option(
      names = "--override",
      paramLabel = "RATING",
      description =
          "With --entry: record this rating (red, amber or green) instead of the suggested one, as"
              + " your clinical judgement; needs --reason.")
  private String override;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description =
          "Why you override the suggested rating, in your own words (at least "
              + OverrideReasons.MINIMUM_LENGTH
              + " characters); it is kept with the rating.")
  private String reason;

  @Override
  public Integer call() throws IOException {
    Environment env = parent.env();
    Instrument tool = instrument();
    if (questions) {
      RatingQuestions.print(tool, env.out());
      return Failures.OK;
    }
    if (who == null) {
      throw new UsageException("Say who to rate with --entry ENTRY_ID or --born YYYY-MM-DD");
    }
    Rating overridden = checkRecordingOptions(env);
    LocalDate today = env.today();
    Session session = null;
    Entry entry = null;
    PersonContext person;
    if (who.entry != null) {
      session = parent.openForWriting(db);
      entry =
          session
              .users()
              .entry(session.actor(), AccessPurpose.REGISTER_ADMINISTRATION, EntryId.of(who.entry));
      printWhose(entry, session.actor(), session.users().factsOf(entry), env.out());
      person =
          PersonContext.inCommunity(entry.person().dateOfBirth().value())
              .withInpatient(entry.isInpatient())
              .withKnownToKeyworkerService(entry.knownToKeyworkerService());
    } else {
      if (who.born.isAfter(today)) {
        throw new UsageException("--born must not be in the future");
      }
      person = PersonContext.inCommunity(who.born).withInpatient(inpatient);
    }
    Map<String, Answer> given = answers == null ? ask(tool, env) : read(answers);
    RatingDecision decision;
    try {
      decision = tool.decide(Assessment.of(person, today, given), RatingPolicy.nationalDefaults());
    } catch (IncompleteAssessmentException e) {
      throw new BadInputException(UserMessages.incomplete(e, tool), e);
    }
    print(decision, env.out());
    if (entry != null) {
      RecordedRating recorded = recorded(decision, overridden, env);
      env.out().println();
      if (recorded.isOverridden()) {
        env.out()
            .println(
                "To record: "
                    + recorded.finalRating().label()
                    + ", your override of the suggested "
                    + decision.suggestedRating().label()
                    + ".");
      } else {
        env.out().println("To record: " + decision.suggestedRating().label() + ", as suggested.");
      }
      if (!yes && !confirmed(entry.id(), env)) {
        env.out().println("Nothing was recorded.");
        return Failures.OK;
      }
      CommandResult result =
          session.write(new RecordRating(db.user(), entry.id(), entry.version(), recorded));
      env.out().println();
      env.out().println("Recorded on " + entry.id() + "; its open tasks are now:");
      RatingQuestions.printTasks(result.entry().openTasks(), env.out());
    }
    return Failures.OK;
  }

  /**
   * Checks the options that record a rating before anything is opened or asked.
   *
   * @return the override's rating, or null for none
   */
  private Rating checkRecordingOptions(Environment env) {
    if (who.entry == null) {
      if (override != null || reason != null || yes) {
        throw new UsageException(
            "--override, --reason and --yes are for recording a rating: give --entry ENTRY_ID");
      }
      return null;
    }
    if (!yes && !env.terminal()) {
      throw new UsageException(
          "dsr rate --entry asks you to confirm before it records a rating, and there is no"
              + " terminal to ask at: run it at a terminal, or add --yes to record without asking");
    }
    if (override == null) {
      if (reason != null) {
        throw new UsageException("--reason explains an override: give --override RATING too");
      }
      return null;
    }
    Rating rating =
        switch (override.strip().toLowerCase(Locale.UK)) {
          case "red" -> Rating.RED;
          case "amber" -> Rating.AMBER;
          case "green" -> Rating.GREEN;
          case "blue" ->
              throw new UsageException(
                  "--override cannot be blue: Blue follows from a hospital stay; record the"
                      + " admission instead");
          default -> throw new UsageException("--override must be red, amber or green");
        };
    if (reason == null) {
      throw new UsageException(
          "an override needs --reason \"...\": say why, in your own words, for the record");
    }
    if (!OverrideReasons.accepts(reason)) {
      throw new UsageException("--reason " + OverrideReasons.RULE);
    }
    return rating;
  }

  private RecordedRating recorded(RatingDecision decision, Rating overridden, Environment env) {
    if (overridden == null) {
      return RecordedRating.asSuggested(decision);
    }
    if (decision.suggestedRating() == Rating.BLUE) {
      throw new UsageException(
          "the suggested rating is Blue, which follows from the hospital stay and cannot be"
              + " overridden: leave out --override");
    }
    if (decision.suggestedRating() == overridden) {
      throw new UsageException(
          "the suggested rating is already "
              + overridden.label()
              + ": leave out --override to record it");
    }
    return RecordedRating.overridden(
        decision,
        ClinicianOverride.of(overridden, reason.strip(), db.user(), env.clock().instant()));
  }

  private static boolean confirmed(EntryId entryId, Environment env) throws IOException {
    env.out().print("Record this rating on " + entryId + "? [y/N]: ");
    env.out().flush();
    String answer = env.in().readLine();
    if (answer == null) {
      env.out().println();
      return false;
    }
    String a = answer.strip().toLowerCase(Locale.UK);
    return a.equals("y") || a.equals("yes");
  }

  /**
   * Says whose record is being rated and its rating now: the person's name when the access rules
   * let the user see the entry, otherwise the entry id only.
   *
   * @param entry the entry
   * @param actor the user
   * @param facts the entry's facts for the access rules
   * @param out where to print
   */
  static void printWhose(Entry entry, Actor actor, EntryAccessFacts facts, PrintStream out) {
    if (AccessPolicy.maySee(actor, facts)) {
      out.println(
          "Rating " + entry.id() + ": " + entry.person().name().displayName() + "'s record.");
    } else {
      out.println("Rating " + entry.id() + " (your role is not shown the person's name).");
    }
    out.println(
        "Current rating: "
            + entry
                .currentRating()
                .map(r -> r.label() + " (" + r.definition() + ")")
                .orElse("none recorded yet")
            + ".");
    out.println();
  }

  /**
   * What counts as a reason for an override: the reason is the clinician's account of why the
   * instrument's suggestion was set aside, kept with the rating, so "." or "n/a" is not one. Local
   * practice, configurable here: no national source sets a length; it is the bar a break-glass
   * reason must meet ({@code BreakGlassReasons.defaults()}).
   */
  static final class OverrideReasons {
    /** The fewest characters, not counting leading and trailing spaces. */
    static final int MINIMUM_LENGTH = 10;

    /** The fewest letters. */
    static final int MINIMUM_LETTERS = 3;

    /** The rule in words. */
    static final String RULE =
        "must say why you override the suggested rating: at least "
            + MINIMUM_LENGTH
            + " characters, with at least "
            + MINIMUM_LETTERS
            + " letters";

    private OverrideReasons() {}

    static boolean accepts(String reason) {
      String trimmed = reason.strip();
      long letters = trimmed.codePoints().filter(Character::isLetter).count();
      return trimmed.length() >= MINIMUM_LENGTH && letters >= MINIMUM_LETTERS;
    }
  }

  private Instrument instrument() throws IOException {
    if (DsrJson.SHIPPED_INSTRUMENT_IDS.contains(instrument)) {
      return DsrJson.standard().shippedInstrument(instrument);
    }
    Path file = Path.of(instrument);
    if (!Files.exists(file)) {
      throw new UsageException(
          "--instrument must be one of "
              + String.join(", ", DsrJson.SHIPPED_INSTRUMENT_IDS)
              + ", or an instrument JSON file that exists");
    }
    return DsrJson.standard().readInstrument(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static Map<String, Answer> read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (String item : p.stringPropertyNames()) {
      try {
        answers.put(item, answer(item, p.getProperty(item)));
      } catch (BadInputException e) {
        throw new BadInputException("In " + file.getFileName() + ", " + e.getMessage(), e);
      }
    }
    return answers;
  }

  private static Map<String, Answer> ask(Instrument tool, Environment env) throws IOException {
    Map<String, Answer> answers = new LinkedHashMap<>();
    env.out().println(tool.title() + " (" + tool.id() + " v" + tool.version() + ")");
    for (Item item : tool.items()) {
      while (true) {
        env.out().print(item.text() + " [" + hint(item) + "]: ");
        env.out().flush();
        String line = env.in().readLine();
        if (line == null) {
          throw new UsageException(
              "no answer to \"" + item.text() + "\": answer at the prompt, or give --answers FILE");
        }
        try {
          Answer a = answer(item.id(), line);
          if (item.accepts(a)) {
            answers.put(item.id(), a);
            break;
          }
        } catch (BadInputException e) {
          // asked again below
        }
        env.out().println("  please answer " + hint(item));
      }
    }
    return answers;
  }

  private static String hint(Item item) {
    switch (item.kind()) {
      case YES_NO:
        return "yes/no";
      case LEVEL:
        return "low/medium/high";
      default:
        return item.minimum() + "-" + item.maximum();
    }
  }

  static Answer answer(String item, String text) {
    String t = text.strip().toLowerCase(Locale.UK);
    switch (t) {
      case "y":
      case "yes":
        return Answer.yes();
      case "n":
      case "no":
        return Answer.no();
      case "low":
        return Answer.level(Level.LOW);
      case "medium":
        return Answer.level(Level.MEDIUM);
      case "high":
        return Answer.level(Level.HIGH);
      default:
        try {
          return Answer.score(Integer.parseInt(t));
        } catch (NumberFormatException e) {
          throw new BadInputException(
              "the answer to " + item + " must be yes, no, low, medium, high or a whole number.");
        }
    }
  }

  static void print(RatingDecision d, PrintStream out) {
    out.printf(
        "Suggested rating: %s (%s v%s, %s)%n",
        d.suggestedRating().label(), d.instrumentId(), d.instrumentVersion(), d.assessmentDate());
    out.println("  " + d.suggestedRating().definition());
    out.println("Because:");
    // The reason's text names the answers that made its rule fire in the words of the questions;
    // item ids are for code and answers files, not for the person reading the decision.
    for (Reason r : d.reasons()) {
      out.println("  - " + r.text());
    }
    out.println("Linked processes:");
    if (d.linkedProcesses().isEmpty()) {
      out.println("  none");
    }
    for (LinkedProcess p : d.linkedProcesses()) {
      out.println("  - " + p.description());
    }
  }
}
