package org.opendsr.examples.cli;

import java.util.Objects;

/**
 * What {@code dsr} tells a coordinator when a command fails: the exit code, one sentence in the
 * coordinator's words, and the technical detail (field names, rule codes, exception types) shown
 * only with {@code --verbose}.
 *
 * @param code the exit code
 * @param text the sentence for the coordinator
 * @param detail the technical detail, never personal data
 */
record UserMessage(ExitCode code, String text, String detail) {

  /** Validates every part. */
  UserMessage {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(detail, "detail");
  }
}
