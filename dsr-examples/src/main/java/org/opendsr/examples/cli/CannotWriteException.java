package org.opendsr.examples.cli;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A command could not write its output where it was asked to (exit code {@link ExitCode#SYSTEM}).
 */
final class CannotWriteException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CannotWriteException(Path folder, IOException cause) {
    super(
        "Cannot write to "
            + folder
            + ": "
            + UserMessages.whyNotWritable(folder)
            + "; choose another folder with -o.",
        cause);
  }
}
