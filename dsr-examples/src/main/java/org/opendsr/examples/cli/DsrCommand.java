package org.opendsr.examples.cli;

import java.io.PrintWriter;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dsr} command: a Dynamic Support Register on an embedded H2 database (or any JDBC
 * database), for DSR coordinators, analysts and anyone trying OpenDSR.
 *
 * <p>Exit codes: 0 success; 1 the command failed (bad file, rejected data, unreachable database); 2
 * usage error. Every failure is one line on standard error, never a stack trace.
 */
@Command(
    name = "dsr",
    mixinStandardHelpOptions = true,
    version = "dsr (OpenDSR) 0.1.0-SNAPSHOT",
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
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 1 failed (bad file, rejected data, database unreachable),"
          + " 2 usage error."
    })
public final class DsrCommand implements Runnable {

  private final Environment env;

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
   * Opens the register a subcommand works on; it is closed when the command ends.
   *
   * @param db the database options
   * @return the session
   */
  Session open(DatabaseOptions db) {
    Session session = db.open(env);
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
    return cl;
  }
}
