package org.opendsr.json;

import java.util.List;
import java.util.Optional;
import org.opendsr.consent.ConsentDecision;
import org.opendsr.consent.ConsentPolicy;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.LawfulBasis;
import org.opendsr.consent.Purpose;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;
import org.opendsr.core.policy.CetrTimescales;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.reporting.SuppressionPolicy;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.ClinicianOverride;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.RecordedRating;

/** The kinds of top-level document, one per mapped type of the public model. */
final class Documents {

  /** One kind of document: its {@code kind} on the wire, the type it holds and its codec. */
  record Document<T>(String kind, Class<T> type, Codec<T> codec) {}

  private Documents() {}

  /** Every kind, in the order they are documented. */
  static final List<Document<?>> ALL =
      List.of(
          // rating
          new Document<>("instrument", Instrument.class, RatingCodecs.INSTRUMENT),
          new Document<>("assessment", Assessment.class, RatingCodecs.ASSESSMENT),
          new Document<>("rating-decision", RatingDecision.class, RatingCodecs.RATING_DECISION),
          new Document<>("recorded-rating", RecordedRating.class, RatingCodecs.RECORDED_RATING),
          new Document<>(
              "clinician-override", ClinicianOverride.class, RatingCodecs.CLINICIAN_OVERRIDE),
          new Document<>("rating-policy", RatingPolicy.class, RatingCodecs.RATING_POLICY),
          // consent
          new Document<>("consent-record", ConsentRecord.class, ConsentCodecs.CONSENT_RECORD),
          new Document<>("consent-decision", ConsentDecision.class, ConsentCodecs.CONSENT_DECISION),
          new Document<>("consent-policy", ConsentPolicy.class, ConsentCodecs.CONSENT_POLICY),
          new Document<>("purpose", Purpose.class, ConsentCodecs.PURPOSE),
          new Document<>("lawful-basis", LawfulBasis.class, ConsentCodecs.LAWFUL_BASIS),
          // person
          new Document<>("nhs-number", NhsNumber.class, PersonCodecs.NHS_NUMBER),
          new Document<>("date-of-birth", DateOfBirth.class, PersonCodecs.DATE_OF_BIRTH),
          new Document<>("diagnosis", Diagnosis.class, PersonCodecs.DIAGNOSIS),
          new Document<>("person-name", PersonName.class, PersonCodecs.PERSON_NAME),
          new Document<>("residence", Residence.class, PersonCodecs.RESIDENCE),
          // An agency has a field of its own called kind, so its fields go in the document's value.
          new Document<>("agency", Agency.class, asValue(PersonCodecs.AGENCY)),
          new Document<>("contact-details", ContactDetails.class, PersonCodecs.CONTACT_DETAILS),
          new Document<>("professional", Professional.class, PersonCodecs.PROFESSIONAL),
          // reporting
          new Document<>(
              "suppression-policy", SuppressionPolicy.class, PersonCodecs.SUPPRESSION_POLICY),
          // register
          new Document<>("register-event", RegisterEvent.class, RegisterCodecs.REGISTER_EVENT),
          // A recorded event has a field of its own called version, so it goes in the value.
          new Document<>(
              "recorded-event", RecordedEvent.class, asValue(RegisterCodecs.RECORDED_EVENT)),
          new Document<>("person-details", PersonDetails.class, RegisterCodecs.PERSON_DETAILS),
          // An entry has a field of its own called version, so it goes in the value.
          new Document<>("entry", Entry.class, asValue(RegisterCodecs.ENTRY)),
          new Document<>("local-policy", LocalPolicy.class, RegisterCodecs.LOCAL_POLICY),
          new Document<>("cetr-timescales", CetrTimescales.class, RegisterCodecs.CETR_TIMESCALES));

  /** The same codec, but not an {@link ObjectCodec}: its object is the document's value. */
  private static <T> Codec<T> asValue(Codec<T> codec) {
    return new Codec<>() {
      @Override
      public com.fasterxml.jackson.databind.JsonNode write(T value) {
        return codec.write(value);
      }

      @Override
      public T read(com.fasterxml.jackson.databind.JsonNode node, String path, Problems problems) {
        return codec.read(node, path, problems);
      }
    };
  }

  /** The kind of document that holds values of {@code type} or of a subtype of it. */
  static Optional<Document<?>> forType(Class<?> type) {
    for (Document<?> document : ALL) {
      if (document.type().isAssignableFrom(type)) {
        return Optional.of(document);
      }
    }
    return Optional.empty();
  }

  /** The kind of document named {@code kind}. */
  static Optional<Document<?>> forKind(String kind) {
    return ALL.stream().filter(d -> d.kind().equals(kind)).findFirst();
  }
}
