/**
 * What happened to an entry: {@link org.opendsr.core.event.RegisterEvent}s (a sealed family of
 * facts), each stored inside a {@link org.opendsr.core.event.RecordedEvent} that says who, when and
 * why. Events are append-only; every view of an entry is derived by replaying them.
 */
package org.opendsr.core.event;
