package org.opendsr.easyread;

import java.util.Objects;

/**
 * One idea in one short sentence, with the picture that goes beside it.
 *
 * @param text the sentence, ending with a full stop, question mark or exclamation mark
 * @param picture the picture beside it
 */
public record Sentence(String text, Picture picture) {

  /** Validates both parts. */
  public Sentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(picture, "picture");
    if (text.isBlank()) {
      throw new IllegalArgumentException("an Easy Read sentence must not be blank");
    }
  }

  /**
   * Creates a sentence.
   *
   * @param picture the picture beside it
   * @param text the sentence
   * @return the sentence
   */
  public static Sentence of(Picture picture, String text) {
    return new Sentence(text, picture);
  }
}
