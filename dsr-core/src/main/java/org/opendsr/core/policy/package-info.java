/**
 * Local policy as data: service standards, review intervals, C(E)TR timescales and the consent and
 * rating policies a local system has agreed. {@link org.opendsr.core.policy.LocalPolicy#defaults()}
 * documents the source of every default.
 */
package org.opendsr.core.policy;
