package org.opendsr.examples.cli;

import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.worklist.WorkCategory;

/**
 * The words a coordinator uses for the register's enumerations, where the command line shows them.
 */
final class Words {

  private Words() {}

  /**
   * An entry's status as a coordinator says it.
   *
   * @param status the status
   * @return the words
   */
  static String of(EntryStatus status) {
    switch (status) {
      case REFERRED:
        return "referred";
      case ACTIVE:
        return "active";
      case INCLUSION_BASIS_LAPSED:
        return "lapsed";
      case DECLINED:
        return "declined";
      default:
        return "closed";
    }
  }

  /**
   * A worklist category as a coordinator says it.
   *
   * @param category the category
   * @return the words
   */
  static String of(WorkCategory category) {
    switch (category) {
      case FIRST_CONTACT:
        return "first contact";
      case REVIEW:
        return "review";
      case CETR:
        return "C(E)TR";
      case LINKED_PROCESS:
        return "linked process";
      case ACTION:
        return "action";
      case CONSENT_RECHECK:
        return "consent re-check";
      default:
        return "place lead";
    }
  }
}
