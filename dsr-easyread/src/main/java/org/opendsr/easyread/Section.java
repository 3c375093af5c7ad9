package org.opendsr.easyread;

import java.util.List;
import java.util.Objects;

/**
 * A short part of the document: a heading and its sentences.
 *
 * @param kind which part it is
 * @param heading the heading, in plain words
 * @param sentences the sentences, at least one (copied)
 */
public record Section(SectionKind kind, String heading, List<Sentence> sentences) {

  /** Validates every part and copies the list. */
  public Section {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(heading, "heading");
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("a section needs at least one sentence");
    }
  }
}
