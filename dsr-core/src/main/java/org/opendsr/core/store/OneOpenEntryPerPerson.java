package org.opendsr.core.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.entry.EntryId;

/**
 * The register's rule that a person (by NHS number) has at most one open entry: a new referral or
 * carry-over is refused while an earlier episode is still open. The register checks it before it
 * writes; an {@link IndexedRegisterStore} enforces it again, atomically, when it writes, so two
 * referrals of one person at the same moment cannot both open an entry. Both refuse with the same
 * {@link ValidationException}, naming the field {@value #FIELD} and this rule, never the number.
 *
 * <p>A store knows whether an entry is open from the {@link EntrySummary} written with its last
 * append: an entry whose summary is {@link org.opendsr.core.entry.EntryStatus#isOpen() open} holds
 * the person's place; a closed or declined one does not, nor does one appended to without a summary
 * (whose status the store does not know, as for the worklist indexes).
 */
public final class OneOpenEntryPerPerson {

  /** The field a refusal names. */
  public static final String FIELD = "nhsNumber";

  /** The rule a refusal names, followed by the open entry's id when it is known. */
  public static final String RULE = "already has an open entry on the register";

  private OneOpenEntryPerPerson() {}

  /**
   * The violation of the rule.
   *
   * @param open the person's open entry, if known
   * @return the violation, naming the entry's id but not the person
   */
  public static Violation violation(Optional<EntryId> open) {
    Objects.requireNonNull(open, "open");
    return Violation.of(FIELD, open.map(id -> RULE + " (" + id + ")").orElse(RULE));
  }

  /**
   * The refusal of a new entry for a person who already has an open one.
   *
   * @param open the person's open entry, if known
   * @return the error; nothing was written
   */
  public static ValidationException refusal(Optional<EntryId> open) {
    return new ValidationException(List.of(violation(open)));
  }
}
