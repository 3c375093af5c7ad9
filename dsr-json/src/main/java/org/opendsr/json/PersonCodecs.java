package org.opendsr.json;

import static org.opendsr.json.Codecs.DATE;
import static org.opendsr.json.Codecs.NODES;
import static org.opendsr.json.Codecs.STRING;
import static org.opendsr.json.Codecs.put;

import java.util.Optional;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;
import org.opendsr.core.reporting.SuppressionPolicy;

/** The wire format of {@code org.opendsr.core.person} and of the local policy of reporting. */
final class PersonCodecs {

  private PersonCodecs() {}

  /**
   * An NHS number as its ten digits, {@code "9434765919"}: the stored form, not the grouped display
   * form. A number whose check digit fails is reported at its path, without the number.
   */
  static final Codec<NhsNumber> NHS_NUMBER =
      Codecs.mapped(
          Codecs.scalar(
              NODES::textNode,
              node ->
                  node.isTextual() && node.textValue().matches("[0-9]{10}")
                      ? node.textValue()
                      : null,
              "must be the 10 digits of an NHS number, without spaces"),
          NhsNumber::parse,
          NhsNumber::value);

  /** A date of birth as an ISO date. */
  static final Codec<DateOfBirth> DATE_OF_BIRTH =
      Codecs.mapped(DATE, DateOfBirth::of, DateOfBirth::value);

  static final Codec<Diagnosis> DIAGNOSIS = Codecs.enumeration(Diagnosis.class);

  static final ObjectCodec<PersonName> PERSON_NAME =
      ObjectCodec.of(
          (name, out) -> {
            out.put("given", name.given());
            out.put("family", name.family());
            put(out, "preferred", name.preferred(), STRING);
          },
          in -> {
            String given = in.required("given", STRING);
            String family = in.required("family", STRING);
            Optional<String> preferred = in.optional("preferred", STRING);
            return in.build(() -> new PersonName(given, family, preferred));
          });

  static final ObjectCodec<Residence> RESIDENCE =
      ObjectCodec.of(
          (residence, out) -> {
            out.put("address", residence.address());
            put(out, "postcode", residence.postcode(), STRING);
            out.put("locality", residence.locality());
            put(out, "setting", residence.setting(), Codecs.enumeration(Residence.Setting.class));
          },
          in -> {
            String address = in.required("address", STRING);
            Optional<String> postcode = in.optional("postcode", STRING);
            String locality = in.required("locality", STRING);
            Residence.Setting setting =
                in.required("setting", Codecs.enumeration(Residence.Setting.class));
            return in.build(() -> new Residence(address, postcode, locality, setting));
          });

  static final ObjectCodec<Agency> AGENCY =
      ObjectCodec.of(
          (agency, out) -> {
            out.put("id", agency.id());
            out.put("name", agency.name());
            put(out, "kind", agency.kind(), Codecs.enumeration(Agency.Kind.class));
          },
          in -> {
            String id = in.required("id", STRING);
            String name = in.required("name", STRING);
            Agency.Kind kind = in.required("kind", Codecs.enumeration(Agency.Kind.class));
            return in.build(() -> new Agency(id, name, kind));
          });

  static final ObjectCodec<ContactDetails> CONTACT_DETAILS =
      ObjectCodec.of(
          (contact, out) -> {
            put(out, "telephone", contact.telephone(), STRING);
            put(out, "email", contact.email(), STRING);
          },
          in -> {
            Optional<String> telephone = in.optional("telephone", STRING);
            Optional<String> email = in.optional("email", STRING);
            return in.build(() -> new ContactDetails(telephone, email));
          });

  /** Small-number suppression of reports: local policy, documented defaults in dsr-core. */
  static final ObjectCodec<SuppressionPolicy> SUPPRESSION_POLICY =
      ObjectCodec.of(
          (policy, out) -> {
            out.put("threshold", policy.threshold());
            out.put("roundingBase", policy.roundingBase());
            out.put("showZero", policy.showZero());
          },
          in -> {
            Integer threshold = in.required("threshold", Codecs.INT);
            Integer roundingBase = in.required("roundingBase", Codecs.INT);
            Boolean showZero = in.required("showZero", Codecs.BOOLEAN);
            return in.build(() -> new SuppressionPolicy(threshold, roundingBase, showZero));
          });

  static final ObjectCodec<Professional> PROFESSIONAL =
      ObjectCodec.of(
          (professional, out) -> {
            out.put("id", professional.id());
            put(out, "name", professional.name(), PERSON_NAME);
            out.put("role", professional.role());
            out.put("agencyId", professional.agencyId());
            put(out, "contact", professional.contact(), CONTACT_DETAILS);
          },
          in -> {
            String id = in.required("id", STRING);
            PersonName name = in.required("name", PERSON_NAME);
            String role = in.required("role", STRING);
            String agencyId = in.required("agencyId", STRING);
            ContactDetails contact = in.required("contact", CONTACT_DETAILS);
            return in.build(() -> new Professional(id, name, role, agencyId, contact));
          });
}
