package org.opendsr.json;

import java.util.regex.Pattern;

/** JSON paths in the notation of JSONPath: {@code $}, {@code $.items[2].text}, {@code $['a b']}. */
final class Paths {

  /** The whole document. */
  static final String ROOT = "$";

  // Field names longer than this are cut short in a path: a path names a place, not a payload.
  private static final int LONGEST_NAME = 64;
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Paths() {}

  /** The path of field {@code name} of the object at {@code path}. */
  static String child(String path, String name) {
    String shown = name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) + "..." : name;
    if (PLAIN.matcher(shown).matches()) {
      return path + "." + shown;
    }
    StringBuilder quoted = new StringBuilder(path).append("['");
    shown
        .codePoints()
        .forEach(
            c -> {
              if (c == '\'' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
              } else if (Character.isISOControl(c)) {
                quoted.append('?');
              } else {
                quoted.appendCodePoint(c);
              }
            });
    return quoted.append("']").toString();
  }

  /** The path of element {@code index} of the array at {@code path}. */
  /**
   * The entry at a position (from 1) of an object read as a map: {@code $.answers[#2]}. Map keys
   * are data, so a path names their position, never the key.
   */
  static String entry(String path, int position) {
    return path + "[#" + position + "]";
  }

  static String index(String path, int index) {
    return path + "[" + index + "]";
  }
}
