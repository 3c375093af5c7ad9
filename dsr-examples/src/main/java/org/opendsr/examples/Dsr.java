package org.opendsr.examples;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import org.opendsr.examples.cli.DsrCommand;
import org.opendsr.examples.cli.Environment;

/**
 * The {@code dsr} command line's entry point: the one place that chooses the system clock, the real
 * terminal and the user's home folder. Everything else is in {@link DsrCommand}.
 *
 * <p>Exit codes: 0 success, 1 the command failed (bad file, rejected data, unreachable database), 2
 * usage error, 3 the database did not confirm a write (it may or may not have been saved). Every
 * failure is one line on standard error, never a stack trace.
 */
public final class Dsr {

  private final Environment env;

  /**
   * Creates the command line for an environment.
   *
   * @param env the clock, streams and home folder to use
   */
  public Dsr(Environment env) {
    this.env = env;
  }

  /**
   * Runs {@code dsr} with the system clock, the terminal and the user's home folder.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    Environment env =
        new Environment(
            Clock.systemDefaultZone(),
            new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())),
            System.out,
            System.err,
            Path.of(System.getProperty("user.home")),
            System.console() != null);
    int code = new Dsr(env).run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs a command.
   *
   * @param args the command and its arguments
   * @return the exit code
   */
  public int run(String... args) {
    int code = DsrCommand.execute(env, args);
    PrintStream out = env.out();
    out.flush();
    return code;
  }
}
