package org.opendsr.examples.cli;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import org.opendsr.core.schedule.Task;
import org.opendsr.json.DsrJson;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Item;

/**
 * What {@code dsr rate} shows besides the decision: an instrument's questions with the item ids an
 * answers file uses, and an entry's open tasks in the worklist's words.
 */
final class RatingQuestions {

  private RatingQuestions() {}

  /**
   * Lists an instrument's questions, each with the item id and the answers it takes.
   *
   * @param instrument the instrument
   * @param out where to print
   */
  static void print(Instrument instrument, PrintStream out) {
    out.println(
        instrument.title() + " (" + instrument.id() + " v" + instrument.version() + ") asks:");
    for (Item item : instrument.items()) {
      out.printf("  %s = %s%n      %s%n", item.id(), answers(item), item.text());
    }
    out.println(
        "An answers file holds one 'item = answer' a line; give it to dsr rate with --answers"
            + " FILE.");
  }

  /**
   * Lists open tasks by due date, named as the worklist names them.
   *
   * @param tasks the open tasks
   * @param out where to print
   */
  static void printTasks(List<Task> tasks, PrintStream out) {
    tasks.stream()
        .sorted(Comparator.comparing(Task::due).thenComparing(t -> t.kind().description()))
        .forEach(t -> out.printf("  %s  %s: %s%n", t.due(), t.kind().description(), t.detail()));
  }

  /**
   * The question an item asks, for a shipped instrument; the item id otherwise.
   *
   * @param instrumentId the instrument the decision was made with
   * @param itemId the item
   * @return the question's text, or the item id
   */
  static String question(String instrumentId, String itemId) {
    if (!DsrJson.SHIPPED_INSTRUMENT_IDS.contains(instrumentId)) {
      return itemId;
    }
    return DsrJson.standard().shippedInstrument(instrumentId).items().stream()
        .filter(i -> i.id().equals(itemId))
        .map(Item::text)
        .findFirst()
        .orElse(itemId);
  }

  private static String answers(Item item) {
    switch (item.kind()) {
      case YES_NO:
        return "yes or no";
      case LEVEL:
        return "low, medium or high";
      default:
        return "a whole number from " + item.minimum() + " to " + item.maximum();
    }
  }
}
