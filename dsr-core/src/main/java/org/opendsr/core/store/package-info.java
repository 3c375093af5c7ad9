/**
 * The storage port of the register, {@link org.opendsr.core.store.RegisterStore}: append events for
 * an entry at an expected version, load them back, list entries, and find a person's episodes.
 * {@link org.opendsr.core.store.IndexedRegisterStore} adds an {@link
 * org.opendsr.core.store.EntrySummary} per entry, written with the events, so worklists are
 * answered from an index on due dates; {@link org.opendsr.core.store.EventCodec} is how a store
 * that persists events turns them into text without depending on a wire format. {@link
 * org.opendsr.core.store.InMemoryRegisterStore} is the in-memory implementation for tests and small
 * embedders; dsr-jdbc implements the same contract for a database.
 */
package org.opendsr.core.store;
