package org.opendsr.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;
import org.opendsr.core.audit.AuditRecord;

/**
 * An AuditEvent says what came of the call, as the audit row does: a command the register refused
 * is not exported as a success, and the rule that refused it and a break-glass reason go with it.
 */
class AuditEventMappingTest {

  private static List<AuditEvent> auditEvents(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(AuditEvent.class::isInstance)
        .map(AuditEvent.class::cast)
        .toList();
  }

  private static AuditEvent of(Bundle bundle, String operation) {
    return auditEvents(bundle).stream()
        .filter(e -> e.getSubtype().stream().map(Coding::getCode).anyMatch(operation::equals))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void the_fhir_audit_event_of_a_refused_command_is_not_a_success() {
    Bundle bundle = FhirExchange.export(Fixtures.sam());

    AuditEvent refused = of(bundle, "RECORD_RATING");

    assertThat(refused.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._4);
    assertThat(refused.getOutcomeDesc())
        .startsWith("refused by the register")
        .contains("entry.status must be ACTIVE");
    assertThat(of(bundle, "REFER").getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
  }

  @Test
  void each_outcome_has_its_fhir_outcome_code() {
    assertThat(BundleWriter.outcomeCode(AuditRecord.Outcome.DONE))
        .contains(AuditEvent.AuditEventOutcome._0);
    assertThat(BundleWriter.outcomeCode(AuditRecord.Outcome.REFUSED))
        .contains(AuditEvent.AuditEventOutcome._4);
    assertThat(BundleWriter.outcomeCode(AuditRecord.Outcome.NOT_ATTEMPTED))
        .contains(AuditEvent.AuditEventOutcome._4);
    assertThat(BundleWriter.outcomeCode(AuditRecord.Outcome.FAILED))
        .contains(AuditEvent.AuditEventOutcome._8);
    assertThat(BundleWriter.outcomeCode(AuditRecord.Outcome.NOT_RECORDED)).isEmpty();
  }

  @Test
  void the_rule_that_refused_a_command_and_a_break_glass_reason_come_back_on_import() {
    DsrRecord sam = Fixtures.sam();
    DsrRecord back = FhirExchange.importRecord(FhirExchange.export(sam));

    assertThat(back.audit()).isEqualTo(sam.audit());
    assertThat(back.audit())
        .filteredOn(r -> r.outcome() == AuditRecord.Outcome.REFUSED)
        .singleElement()
        .satisfies(r -> assertThat(r.refusedBy()).isNotEmpty());
    assertThat(back.audit())
        .filteredOn(AuditRecord::breakGlass)
        .singleElement()
        .satisfies(
            r -> assertThat(r.breakGlassReason()).contains("Attending A&E at night, in crisis"));
  }

  @Test
  void an_audit_event_exported_before_outcomes_were_recorded_imports_without_claiming_success() {
    Bundle bundle = FhirExchange.export(Fixtures.sam());
    for (AuditEvent event : auditEvents(bundle)) {
      // As the export wrote it before: outcome 0 (allowed) or 4 (denied), the rule as its text.
      String rule =
          event.getExtensionByUrl(FhirCodes.extension("access-rule")).getValue().primitiveValue();
      event.getExtension().clear();
      event.setOutcome(AuditEvent.AuditEventOutcome._0);
      event.setOutcomeDesc(rule);
    }

    DsrRecord back = FhirExchange.importRecord(bundle);

    assertThat(back.audit())
        .extracting(AuditRecord::access, AuditRecord::outcome)
        .containsOnly(
            org.assertj.core.groups.Tuple.tuple(
                AuditRecord.Access.ALLOWED, AuditRecord.Outcome.NOT_RECORDED));
    assertThat(back.audit()).extracting(AuditRecord::detail).contains("role allows", "break-glass");
  }
}
