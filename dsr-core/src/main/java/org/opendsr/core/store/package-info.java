/**
 * The storage port of the register, {@link org.opendsr.core.store.RegisterStore}: append events for
 * an entry at an expected version, load them back, list entries, and find a person's episodes.
 * {@link org.opendsr.core.store.InMemoryRegisterStore} is the in-memory implementation for tests
 * and small embedders; dsr-jdbc implements the same contract for a database.
 */
package org.opendsr.core.store;
