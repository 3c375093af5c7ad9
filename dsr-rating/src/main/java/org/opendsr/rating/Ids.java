package org.opendsr.rating;

/**
 * How an id or text taken from input appears in an error message: whole when it is short and
 * printable, otherwise its beginning, printable, with its length. An item id of two megabytes
 * therefore gives a message of a few dozen characters, and a line break in an id cannot forge a
 * line of a log.
 */
final class Ids {

  /** Longest id shown whole. */
  static final int SHOWN_WHOLE = 64;

  /** Code points kept from the beginning of a longer id. */
  private static final int KEPT = 40;

  private Ids() {}

  /**
   * The id as it may appear in a message.
   *
   * @param id an id or short text given as input; not null
   * @return the id itself when at most {@link #SHOWN_WHOLE} printable characters, otherwise its
   *     first characters with control characters replaced, followed by its length
   */
  static String shown(String id) {
    return shown(id, SHOWN_WHOLE, KEPT);
  }

  /**
   * A free text taken from input (a rule's or contradiction's text) as it may appear in a message.
   *
   * @param text the text; not null
   * @return the text itself when at most 200 printable characters, otherwise its beginning and
   *     length
   */
  static String shownText(String text) {
    return shown(text, 200, 160);
  }

  private static String shown(String value, int whole, int kept) {
    if (value.length() <= whole && printable(value)) {
      return value;
    }
    StringBuilder out = new StringBuilder(kept + 32);
    int count = 0;
    for (int i = 0; i < value.length() && count < kept; count++) {
      int codePoint = value.codePointAt(i);
      out.appendCodePoint(Character.isISOControl(codePoint) ? '?' : codePoint);
      i += Character.charCount(codePoint);
    }
    if (count < value.codePointCount(0, value.length())) {
      out.append("… (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }

  private static boolean printable(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
