package org.opendsr.easyread;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One person's Easy Read account of their own register entry, as of a date.
 *
 * @param title the document's title
 * @param asOf the date the document describes
 * @param sections its sections, in order (copied)
 */
public record EasyReadDocument(String title, LocalDate asOf, List<Section> sections) {

  /** Validates every part and copies the list. */
  public EasyReadDocument {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(asOf, "asOf");
    sections = List.copyOf(sections);
  }

  /**
   * Every sentence, in reading order.
   *
   * @return the sentences
   */
  public List<Sentence> sentences() {
    return sections.stream().flatMap(s -> s.sentences().stream()).toList();
  }

  /**
   * All the words a reader meets, headings included, in reading order: for checks of readability.
   *
   * @return the text, one heading or sentence a line
   */
  public String text() {
    return Stream.concat(
            Stream.of(title),
            sections.stream()
                .flatMap(
                    s ->
                        Stream.concat(
                            Stream.of(s.heading()), s.sentences().stream().map(Sentence::text))))
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  /**
   * The section of a kind, where the document has it.
   *
   * @param kind the kind
   * @return the section, or empty
   */
  public java.util.Optional<Section> section(SectionKind kind) {
    return sections.stream().filter(s -> s.kind() == kind).findFirst();
  }
}
