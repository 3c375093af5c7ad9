package org.opendsr.easyread;

/**
 * The pictures of an Easy Read document: one beside each sentence. Each has alt text for people who
 * use a screen reader; renderers draw the project's own pictogram for the key.
 */
public enum Picture {
  /** A person. */
  PERSON("A person"),
  /** A house. */
  HOME("A house"),
  /** A hospital building. */
  HOSPITAL("A hospital building"),
  /** People sitting round a table. */
  MEETING("People sitting round a table at a meeting"),
  /** A calendar page. */
  CALENDAR("A calendar"),
  /** A telephone. */
  PHONE("A telephone"),
  /** A tick. */
  TICK("A green tick"),
  /** A cross. */
  CROSS("A cross"),
  /** A red circle with the word Red. */
  RED("A red circle with the word Red"),
  /** An amber circle with the word Amber. */
  AMBER("An amber circle with the word Amber"),
  /** A green circle with the word Green. */
  GREEN("A green circle with the word Green"),
  /** A blue circle with the word Blue. */
  BLUE("A blue circle with the word Blue"),
  /** Arrows going both ways: changing your mind. */
  CHANGE_OF_MIND("Two arrows going both ways, for changing your mind"),
  /** A group of people. */
  PEOPLE("A group of people");

  private final String altText;

  Picture(String altText) {
    this.altText = altText;
  }

  /**
   * What the picture shows, for a screen reader.
   *
   * @return the alt text, never blank
   */
  public String altText() {
    return altText;
  }
}
