/** Consent and capacity. */
package org.opendsr.consent;
