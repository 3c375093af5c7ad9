/**
 * The facade: {@link org.opendsr.core.register.DynamicSupportRegister} takes {@link
 * org.opendsr.core.register.Command}s, checks each (entry exists, expected version, consent,
 * invariants), records the resulting events through the {@link
 * org.opendsr.core.store.RegisterStore} port and returns a {@link
 * org.opendsr.core.register.CommandResult}. Views (current, "as of a date", worklists) are derived
 * by replaying events. {@link org.opendsr.core.register.CommandGate} is the seam where access
 * control plugs in.
 */
package org.opendsr.core.register;
