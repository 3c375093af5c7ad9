package org.opendsr.rating;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The immutable answers of an {@link Assessment}, kept in order of item id.
 *
 * <p>The order makes iteration, and so every listing of the answers, the same on every run, and
 * lets an {@link Instrument} match the answers against its own items sorted the same way in one
 * pass, without hashing. Equal to any {@link Map} with the same entries.
 */
final class AnswerMap extends AbstractMap<String, Answer> {

  private static final AnswerMap EMPTY = new AnswerMap(new String[0], new Answer[0]);

  /** Up to this many answers, a lookup scans the hash codes; above it, it searches the ids. */
  private static final int SCANNED = 16;

  private final String[] ids;
  private final Answer[] answers;
  private final int[] hashes;

  private AnswerMap(String[] ids, Answer[] answers) {
    this.ids = ids;
    this.answers = answers;
    this.hashes = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      hashes[i] = ids[i].hashCode();
    }
  }

  /**
   * The answers in order of item id, copied unless they already are an answer map.
   *
   * @param source answers by item id; not null, no null key or value
   * @return an immutable map
   * @throws NullPointerException if the map, a key or a value is null
   */
  static AnswerMap copyOf(Map<String, Answer> source) {
    if (source instanceof AnswerMap map) {
      return map;
    }
    Objects.requireNonNull(source, "answers");
    if (source.isEmpty()) {
      return EMPTY;
    }
    // A generic array can only be made from the raw type; every element is such an entry.
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map.Entry<String, Answer>[] entries = source.entrySet().toArray(new Map.Entry[0]);
    for (Map.Entry<String, Answer> entry : entries) {
      Objects.requireNonNull(entry.getKey(), "answers: item id");
      Objects.requireNonNull(entry.getValue(), "answers: answer");
    }
    Arrays.sort(entries, Map.Entry.comparingByKey());
    String[] ids = new String[entries.length];
    Answer[] answers = new Answer[entries.length];
    for (int i = 0; i < entries.length; i++) {
      ids[i] = entries[i].getKey();
      answers[i] = entries[i].getValue();
    }
    return new AnswerMap(ids, answers);
  }

  /**
   * The id at a position in item-id order.
   *
   * @param position from 0 to {@code size() - 1}
   * @return the item id
   */
  String idAt(int position) {
    return ids[position];
  }

  /**
   * The answer at a position in item-id order.
   *
   * @param position from 0 to {@code size() - 1}
   * @return the answer
   */
  Answer answerAt(int position) {
    return answers[position];
  }

  @Override
  public int size() {
    return ids.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return positionOf(key) >= 0;
  }

  @Override
  public Answer get(Object key) {
    int position = positionOf(key);
    return position < 0 ? null : answers[position];
  }

  private int positionOf(Object key) {
    if (!(key instanceof String id)) {
      return -1;
    }
    if (ids.length > SCANNED) {
      return Math.max(-1, Arrays.binarySearch(ids, id));
    }
    int hash = id.hashCode();
    for (int i = 0; i < hashes.length; i++) {
      if (hashes[i] == hash && (ids[i] == id || ids[i].equals(id))) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Map.Entry<String, Answer>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Answer>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < ids.length;
          }

          @Override
          public Map.Entry<String, Answer> next() {
            if (next >= ids.length) {
              throw new NoSuchElementException();
            }
            int position = next++;
            return Map.entry(ids[position], answers[position]);
          }
        };
      }

      @Override
      public int size() {
        return ids.length;
      }
    };
  }
}
