package org.opendsr.examples.cli;

/**
 * The exit codes of {@code dsr}, defined once: the README and {@code dsr --help} list the same
 * codes from {@link #describeAll()}.
 */
public enum ExitCode {
  /** The command did what was asked. */
  OK(0, "success"),
  /**
   * A file or value could not be used: a bad NHS number, an answers file with a bad or missing
   * answer, a spreadsheet with bad rows, a file or entry that does not exist.
   */
  BAD_INPUT(1, "bad input (a file or value that cannot be used)"),
  /** The command was called wrongly: unknown command or option, missing argument, a bad date. */
  USAGE(2, "usage error (see the command's --help)"),
  /**
   * The register refused the action by one of its rules: the person is not yet on the register,
   * consent is missing, the entry changed meanwhile, the person already has an open entry.
   */
  REFUSED(3, "refused by a rule of the register"),
  /**
   * The database or the file system failed: the register is in use by another command or cannot be
   * reached, a folder cannot be written, or an unexpected error to report.
   */
  SYSTEM(4, "system failure (database busy or unreachable, folder not writable)"),
  /**
   * The database did not confirm a write: it may or may not have been saved. Look (for example with
   * {@code dsr worklist}) before running the command again.
   */
  OUTCOME_UNKNOWN(5, "a write the database did not confirm (look before running it again)");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /**
   * The number the process exits with.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * What the code means, in words.
   *
   * @return the meaning
   */
  public String meaning() {
    return meaning;
  }

  /**
   * Every code and its meaning, as one sentence: "Exit codes: 0 success, 1 bad input ...".
   *
   * @return the sentence
   */
  public static String describeAll() {
    StringBuilder s = new StringBuilder("Exit codes: ");
    for (ExitCode c : values()) {
      s.append(c.code)
          .append(' ')
          .append(c.meaning)
          .append(c.ordinal() < values().length - 1 ? ", " : ".");
    }
    return s.toString();
  }
}
