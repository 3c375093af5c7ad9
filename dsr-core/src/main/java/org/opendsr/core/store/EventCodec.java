package org.opendsr.core.store;

import org.opendsr.core.event.RegisterEvent;

/**
 * Turns a {@link RegisterEvent} into text a database can keep, and back. A store that persists
 * events is given one, so the store does not need to know the wire format (dsr-json implements it;
 * dsr-jdbc uses it without depending on dsr-json).
 *
 * <p>Contract: {@code decode(typeOf(e), encode(e))} equals {@code e} for every event; the type
 * names are stable across releases, because they are stored beside the payload. A codec is shared
 * by every thread that uses its store, and a store may encode the events of one large batch on
 * several threads at once, so implementations must be thread-safe (an immutable codec is).
 */
public interface EventCodec {

  /**
   * The stable name of an event's type, stored beside its payload (for example {@code
   * "first-contact-made"}).
   *
   * @param event the event; not null
   * @return the name, at most 100 characters
   */
  String typeOf(RegisterEvent event);

  /**
   * The event as text.
   *
   * @param event the event; not null
   * @return the payload
   */
  String encode(RegisterEvent event);

  /**
   * The event back from its type name and payload.
   *
   * @param type the name {@link #typeOf} gave; not null
   * @param payload the text {@link #encode} gave; not null
   * @return the event
   * @throws org.opendsr.core.ValidationException if the payload is not a valid event of that type
   *     (the message names fields, never values)
   */
  RegisterEvent decode(String type, String payload);
}
