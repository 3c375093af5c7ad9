/**
 * Exchange of one person's Dynamic Support Register record with HL7 FHIR R4 (UK Core) systems, with
 * HAPI FHIR. Optional for embedders: nothing else in OpenDSR depends on this module.
 *
 * <p>{@link org.opendsr.fhir.FhirExchange} exports a {@link org.opendsr.fhir.DsrRecord} (every
 * episode, {@link org.opendsr.core.entry.Entry}, of one person, and the audit trail) as a Bundle
 * and imports one back, all-or-nothing, reporting every problem by resource and element. {@link
 * org.opendsr.fhir.FhirCodes} lists the systems and profiles used; concepts with no national code
 * (a DSR, a RAG(B) rating) use the project's own code systems and are never given an invented
 * SNOMED CT code.
 */
package org.opendsr.fhir;
