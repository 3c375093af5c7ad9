package org.opendsr.json;

import java.util.List;
import java.util.Objects;
import org.opendsr.core.Violation;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.store.EventCodec;

/**
 * The {@link EventCodec} of the JSON wire format: each event is a {@code register-event} document
 * of {@link DsrJson} (with its {@code version}, so stored events stay readable as the format
 * evolves), and its type name is the document's {@code type}, such as {@code "first-contact-made"}.
 * Immutable and safe to share between threads.
 */
public final class JsonEventCodec implements EventCodec {

  private static final JsonEventCodec INSTANCE = new JsonEventCodec();

  private final DsrJson json = DsrJson.standard();

  private JsonEventCodec() {}

  /**
   * The codec.
   *
   * @return the shared instance
   */
  public static JsonEventCodec standard() {
    return INSTANCE;
  }

  @Override
  public String typeOf(RegisterEvent event) {
    Objects.requireNonNull(event, "event");
    return RegisterCodecs.REGISTER_EVENT
        .nameOf(event.getClass())
        .orElseThrow(() -> new IllegalArgumentException("no JSON mapping for " + event.getClass()));
  }

  @Override
  public String encode(RegisterEvent event) {
    return json.write(Objects.requireNonNull(event, "event"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws JsonFormatException if the payload is not a {@code register-event} document of the
   *     given type, with the JSON path of every problem
   */
  @Override
  public RegisterEvent decode(String type, String payload) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payload, "payload");
    RegisterEvent event = json.read(payload, RegisterEvent.class);
    if (!typeOf(event).equals(type)) {
      throw new JsonFormatException(
          List.of(
              Violation.of(
                  Paths.child(Paths.ROOT, Union.TYPE), "must match the type stored beside it")));
    }
    return event;
  }
}
