/**
 * Mapping of the register to HL7 FHIR R4 (UK Core) with HAPI FHIR, optional for embedders. The
 * mapping arrives with its own issue; for now this module holds its architecture test.
 */
package org.opendsr.fhir;
