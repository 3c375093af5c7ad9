/**
 * The append-only audit trail: every read and write, allowed or denied, with who, when, what,
 * purpose and outcome, in identifiers only.
 */
package org.opendsr.core.audit;
