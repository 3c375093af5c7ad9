/**
 * Who may see and do what: actors with roles and agencies, operations, purposes, and the pure
 * {@link org.opendsr.core.access.AccessPolicy} that grants or denies each call (deny by default).
 */
package org.opendsr.core.access;
