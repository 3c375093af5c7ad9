package org.opendsr.core.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The concrete members of a sealed family, for tables that must cover every one of them. */
final class SealedTypes {

  private SealedTypes() {}

  /**
   * The concrete types of a sealed family: its permitted subtypes, and theirs, down to the types
   * that are not sealed themselves.
   *
   * @param family the sealed type
   * @return the leaves, in the order the family permits them
   */
  static List<Class<?>> leaves(Class<?> family) {
    List<Class<?>> leaves = new ArrayList<>();
    collect(family, leaves);
    return leaves;
  }

  /**
   * Fails unless a table covers every leaf of a family.
   *
   * @param family the sealed type
   * @param covered the types the table has a row for
   * @param what what a row is, for the message
   * @throws IllegalStateException naming the types without a row
   */
  static void requireEvery(Class<?> family, Set<Class<?>> covered, String what) {
    List<String> missing =
        leaves(family).stream()
            .filter(leaf -> !covered.contains(leaf))
            .map(Class::getSimpleName)
            .toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          family.getSimpleName() + " types without " + what + ": " + missing);
    }
  }

  private static void collect(Class<?> type, List<Class<?>> leaves) {
    Class<?>[] permitted = type.getPermittedSubclasses();
    if (permitted == null) {
      leaves.add(type);
      return;
    }
    for (Class<?> sub : permitted) {
      collect(sub, leaves);
    }
  }
}
