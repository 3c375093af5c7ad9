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
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.register.Command.RecordRating;
import org.opendsr.core.register.CommandResult;
import org.opendsr.json.DsrJson;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.IncompleteAssessmentException;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Item;
import org.opendsr.rating.Level;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.PersonContext;
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
      "--entry the rating is also recorded on the register."
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
      CommandResult result =
          session.write(
              new RecordRating(
                  db.user(), entry.id(), entry.version(), RecordedRating.asSuggested(decision)));
      env.out().println();
      env.out().println("Recorded on " + entry.id() + "; its open tasks are now:");
      RatingQuestions.printTasks(result.entry().openTasks(), env.out());
    }
    return Failures.OK;
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
