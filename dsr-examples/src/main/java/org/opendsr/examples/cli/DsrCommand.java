package org.opendsr.examples.cli;

import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dsr} command: a Dynamic Support Register on an embedded H2 database (or any JDBC
 * database), for DSR coordinators, analysts and anyone trying OpenDSR.
 *
 * <p>Exit codes are those of {@link ExitCode}, listed in {@code dsr --help}. Every failure is one
 * line on standard error in a coordinator's words, never a stack trace; {@code --verbose} adds the
 * technical detail. Nothing it prints carries a terminal escape sequence unless a person is
 * watching a terminal.
 */
@Command(
    name = "dsr",
    mixinStandardHelpOptions = true,
    version = "dsr (OpenDSR) 0.2.0",
    description = "A Dynamic Support Register for people with a learning disability and/or autism.",
    subcommands = {
      DemoCommand.class,
      ImportCommand.class,
      RateCommand.class,
      WorklistCommand.class,
      ReportCommand.class,
      ExportCommand.class,
      EasyReadCommand.class,
      AuditCommand.class,
      CheckNhsCommand.class,
      DueCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class DsrCommand implements Runnable {

  /** The option that adds the technical detail to a failure's message. */
  static final String VERBOSE = "--verbose";

  private final Environment env;

  @CommandLine.Option(
      names = VERBOSE,
      scope = CommandLine.ScopeType.INHERIT,
      description = "On failure, also show the technical detail (field names, rule codes).")
  private boolean verbose;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /**
   * Creates the command.
   *
   * @param env where it runs
   */
  public DsrCommand(Environment env) {
    this.env = Objects.requireNonNull(env, "env");
  }

  Environment env() {
    return env;
  }

  private final java.util.List<Session> sessions = new java.util.ArrayList<>();

  /**
   * Opens the register a subcommand reads; it is closed when the command ends. Creates nothing: a
   * database that holds no register is an error.
   *
   * @param db the database options
   * @return the session
   */
  Session open(DatabaseOptions db) {
    return opened(db.open(env, false));
  }

  /**
   * Opens the register a subcommand writes to, migrating its schema (and creating it in an empty
   * database); it is closed when the command ends.
   *
   * @param db the database options
   * @return the session
   */
  Session openForWriting(DatabaseOptions db) {
    return opened(db.open(env, true));
  }

  private Session opened(Session session) {
    sessions.add(session);
    return session;
  }

  /**
   * Runs {@code dsr} with arguments and closes whatever the command opened.
   *
   * @param env where it runs
   * @param args the arguments
   * @return the exit code
   */
  public static int execute(Environment env, String... args) {
    CommandLine cl = commandLine(env);
    try {
      return cl.execute(args);
    } finally {
      DsrCommand dsr = cl.getCommand();
      dsr.sessions.forEach(Session::close);
      dsr.sessions.clear();
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is needed, e.g. dsr demo");
  }

  /**
   * The command line, with its streams and error handlers set.
   *
   * @param env where it runs
   * @return the command line, ready to {@link CommandLine#execute(String...)}
   */
  public static CommandLine commandLine(Environment env) {
    CommandLine cl = new CommandLine(new DsrCommand(env));
    cl.setOut(new PrintWriter(env.out(), true));
    cl.setErr(new PrintWriter(env.err(), true));
    cl.setParameterExceptionHandler(Failures::usage);
    cl.setExecutionExceptionHandler(Failures::execution);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.registerConverter(java.time.LocalDate.class, new DateConverter());
    cl.registerConverter(Integer.class, new WholeNumberConverter());
    cl.registerConverter(int.class, new WholeNumberConverter());
    // Colour only for a person at a terminal: piped or captured output carries no escape codes.
    cl.setColorScheme(
        CommandLine.Help.defaultColorScheme(
            env.terminal() ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
    cl.getCommandSpec().usageMessage().footer("", ExitCode.describeAll());
    return cl;
  }
}
