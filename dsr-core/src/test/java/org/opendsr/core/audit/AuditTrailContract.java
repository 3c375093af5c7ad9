package org.opendsr.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendsr.core.Violation;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;

/**
 * What every {@link AuditTrail} must do, whatever stores it. Each implementation's test extends
 * this class and supplies a fresh, empty trail.
 */
public abstract class AuditTrailContract {

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

  private AuditTrail trail;
  private final Actor nurse = Actor.professional("nurse-1", Role.CLINICIAN, "CAMHS");
  private final Actor analyst = Actor.professional("analyst-1", Role.COMMISSIONER_ANALYST, "ICB");
  private final Actor duty = Actor.professional("duty-1", Role.CLINICIAN, "AE");

  /**
   * A new, empty trail.
   *
   * @return the trail under test
   */
  protected abstract AuditTrail newTrail();

  @BeforeEach
  void setUp() {
    trail = newTrail();
    trail.append(
        AuditRecord.allowed(
            T0,
            nurse,
            AccessPurpose.DIRECT_CARE,
            Operation.VIEW_ENTRY,
            Optional.of("e1"),
            false,
            "agency involved and sharing permitted"));
    trail.append(
        AuditRecord.denied(
            T0.plusSeconds(1),
            analyst,
            AccessPurpose.COMMISSIONING,
            Operation.VIEW_ENTRY,
            Optional.of("e1"),
            "role COMMISSIONER_ANALYST may not VIEW_ENTRY"));
    trail.append(
        AuditRecord.allowed(
            T0.plusSeconds(2),
            nurse,
            AccessPurpose.DIRECT_CARE,
            Operation.VIEW_WORKLIST,
            Optional.empty(),
            false,
            "role CLINICIAN may VIEW_WORKLIST"));
    trail.append(
        AuditRecord.allowed(
                T0.plusSeconds(3),
                duty,
                AccessPurpose.BREAK_GLASS,
                Operation.VIEW_ENTRY,
                Optional.of("e2"),
                true,
                "break-glass with a recorded reason")
            .withBreakGlassReason("attending A&E at night, in crisis"));
  }

  @Test
  void every_call_allowed_or_denied_is_kept_in_order() {
    assertThat(trail.all())
        .extracting(AuditRecord::access)
        .containsExactly(
            AuditRecord.Access.ALLOWED,
            AuditRecord.Access.DENIED,
            AuditRecord.Access.ALLOWED,
            AuditRecord.Access.ALLOWED);
  }

  @Test
  void the_trail_is_queryable_by_entry() {
    assertThat(trail.forEntry("e1"))
        .extracting(AuditRecord::userId)
        .containsExactly("nurse-1", "analyst-1");
    assertThat(trail.forEntry("no-such-entry")).isEmpty();
  }

  @Test
  void the_trail_is_queryable_by_actor() {
    assertThat(trail.byActor("nurse-1"))
        .extracting(AuditRecord::operation)
        .containsExactly(Operation.VIEW_ENTRY, Operation.VIEW_WORKLIST);
  }

  @Test
  void a_record_reads_back_exactly_as_written_including_break_glass() {
    AuditRecord breakGlass = trail.byActor("duty-1").get(0);
    assertThat(breakGlass)
        .isEqualTo(
            AuditRecord.allowed(
                    T0.plusSeconds(3),
                    duty,
                    AccessPurpose.BREAK_GLASS,
                    Operation.VIEW_ENTRY,
                    Optional.of("e2"),
                    true,
                    "break-glass with a recorded reason")
                .withBreakGlassReason("attending A&E at night, in crisis"));
    assertThat(trail.byActor("nurse-1").get(1).entryId()).isEmpty();
  }

  @Test
  void a_write_refused_by_a_rule_reads_back_as_refused_with_every_rule() {
    AuditRecord refused =
        AuditRecord.allowed(
                T0.plusSeconds(4),
                nurse,
                AccessPurpose.DIRECT_CARE,
                Operation.RECORD_RATING,
                Optional.of("e1"),
                false,
                "agency involved and sharing permitted")
            .refused(
                List.of(
                    Violation.of(
                        "entry.status", "must be ACTIVE for this command; entry is REFERRED"),
                    Violation.of("rating", "needs; separators\tand\nnew lines: kept")));
    AuditRecord failed =
        AuditRecord.allowed(
                T0.plusSeconds(5),
                nurse,
                AccessPurpose.DIRECT_CARE,
                Operation.RECORD_REVIEW,
                Optional.of("e1"),
                false,
                "agency involved and sharing permitted")
            .failed();
    trail.append(refused);
    trail.append(failed);

    assertThat(trail.forEntry("e1")).endsWith(refused, failed);
  }

  @Test
  void what_is_returned_cannot_be_changed() {
    assertThatThrownBy(() -> trail.all().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_batch_of_records_is_kept_in_order_after_the_earlier_ones() {
    trail.appendAll(
        java.util.List.of(
            AuditRecord.allowed(
                T0.plusSeconds(4),
                nurse,
                AccessPurpose.REGISTER_ADMINISTRATION,
                Operation.REFER,
                Optional.of("e3"),
                false,
                "import"),
            AuditRecord.allowed(
                T0.plusSeconds(5),
                nurse,
                AccessPurpose.REGISTER_ADMINISTRATION,
                Operation.RECORD_RATING,
                Optional.of("e3"),
                false,
                "import")));

    assertThat(trail.all()).hasSize(6);
    assertThat(trail.forEntry("e3"))
        .extracting(AuditRecord::operation)
        .containsExactly(Operation.REFER, Operation.RECORD_RATING);
  }
}
