package org.opendsr.easyread;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the words of an Easy Read document, written here independently of the generator: words
 * per sentence, syllables per word and the Flesch reading ease (206.835 - 1.015 x words per
 * sentence - 84.6 x syllables per word; 60-70 is plain English, 80 and over easy to read).
 */
final class Readability {

  private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

  private Readability() {}

  static List<String> words(String sentence) {
    return List.of(sentence.trim().split("\\s+"));
  }

  /**
   * Syllables of one word: vowel groups, less a silent final e; an initialism such as DSR is said
   * letter by letter; a number counts two.
   */
  static int syllables(String rawWord) {
    String word = rawWord.replaceAll("[^A-Za-z0-9()]", "");
    if (word.isEmpty()) {
      return 0;
    }
    if (word.chars().allMatch(Character::isDigit)) {
      return 2;
    }
    String letters = word.replaceAll("[^A-Za-z]", "");
    if (letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return letters.length();
    }
    String lower = letters.toLowerCase(Locale.ROOT);
    Matcher groups = VOWEL_GROUP.matcher(lower);
    int count = 0;
    while (groups.find()) {
      count++;
    }
    if (lower.endsWith("e") && !lower.endsWith("le") && count > 1) {
      count--;
    }
    return Math.max(1, count);
  }

  static double fleschReadingEase(List<String> sentences) {
    int words = 0;
    int syllables = 0;
    for (String sentence : sentences) {
      for (String word : words(sentence)) {
        words++;
        syllables += syllables(word);
      }
    }
    return 206.835 - 1.015 * words / sentences.size() - 84.6 * syllables / words;
  }
}
