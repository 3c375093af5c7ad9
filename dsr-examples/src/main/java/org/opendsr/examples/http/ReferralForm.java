package org.opendsr.examples.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.Purpose;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.Command;

/**
 * The body of {@code POST /referrals}: a flat referral form, as a web form or another system would
 * send it, read into a {@link Command.Refer}. Every problem is collected and reported at once, by
 * field and rule, never with the value that was sent.
 *
 * <pre>{@code
 * {"givenName":"Alex","familyName":"Example","dateOfBirth":"2007-05-01",
 *  "nhsNumber":"9990000018","address":"1 Fictional Road","locality":"Swindon",
 *  "diagnosis":"AUTISM","source":"PROFESSIONAL","referredOn":"2026-11-18",
 *  "referrerRole":"community nurse","referrerEmail":"dsr.team@example.nhs.uk",
 *  "consentGiven":true}
 * }</pre>
 *
 * With {@code consentGiven} the caller states that the person consented to inclusion on the day of
 * referral, recorded by the caller; the register then accepts the referral at once.
 */
final class ReferralForm {

  /**
   * The longest locality: the name of a reporting area (a local authority or ICB place, such as
   * "Swindon"), which reports group people by. Local practice, configurable here.
   */
  static final int MAX_LOCALITY = 100;

  private final JsonNode body;
  private final List<Violation> problems = new ArrayList<>();

  private ReferralForm(JsonNode body) {
    this.body = body;
  }

  /**
   * Reads a referral form.
   *
   * @param body the request body, a JSON object
   * @param userId the caller, who makes the referral
   * @return the command
   * @throws ValidationException naming every field that is missing or breaks a rule
   */
  static Command.Refer read(JsonNode body, String userId) {
    if (!body.isObject()) {
      throw ValidationException.of("body", "must be a JSON object");
    }
    ReferralForm form = new ReferralForm(body);
    String given = form.text("givenName");
    String family = form.text("familyName");
    PersonName name =
        given == null || family == null
            ? null
            : form.value("name", n -> PersonName.of(given, family));
    DateOfBirth born = form.field("dateOfBirth", t -> DateOfBirth.of(LocalDate.parse(t)));
    NhsNumber nhs = form.field("nhsNumber", NhsNumber::parse);
    String address = form.text("address");
    String locality = form.atMost("locality", form.text("locality"), MAX_LOCALITY);
    Residence residence =
        address == null || locality == null
            ? null
            : form.value("residence", r -> Residence.of(address, locality));
    Diagnosis diagnosis = form.field("diagnosis", Diagnosis::valueOf);
    ReferralSource source = form.field("source", ReferralSource::valueOf);
    LocalDate referredOn = form.field("referredOn", LocalDate::parse);
    String role = form.text("referrerRole");
    ContactDetails contact = form.field("referrerEmail", ContactDetails::email);
    boolean consentGiven = body.path("consentGiven").asBoolean(false);
    Referral referral =
        source == null || referredOn == null || role == null || contact == null
            ? null
            : form.value("referral", r -> Referral.of(source, referredOn, role, contact));
    PersonDetails person =
        name == null || born == null || nhs == null || residence == null || diagnosis == null
            ? null
            : form.value("person", p -> PersonDetails.of(name, born, nhs, residence, diagnosis));
    if (!form.problems.isEmpty()) {
      throw new ValidationException(form.problems);
    }
    List<ConsentRecord> consent =
        consentGiven
            ? List.of(ConsentGiven.of(Purpose.inclusion(), referredOn, userId))
            : List.of();
    return new Command.Refer(userId, person, referral, consent);
  }

  private String text(String field) {
    JsonNode node = body.get(field);
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      problems.add(Violation.of(field, "is required as text"));
      return null;
    }
    return node.asText();
  }

  private String atMost(String field, String text, int most) {
    if (text != null && text.length() > most) {
      problems.add(Violation.of(field, "must be at most " + most + " characters"));
      return null;
    }
    return text;
  }

  private <T> T field(String field, Function<String, T> parse) {
    String text = text(field);
    return text == null ? null : value(field, t -> parse.apply(text));
  }

  private <T> T value(String field, Function<String, T> make) {
    try {
      return make.apply(field);
    } catch (ValidationException e) {
      problems.addAll(e.violations());
    } catch (DateTimeParseException e) {
      problems.add(Violation.of(field, "must be an ISO-8601 date, e.g. 2026-11-18"));
    } catch (IllegalArgumentException e) {
      // Enum names and the like: the message of valueOf would repeat the value sent.
      problems.add(Violation.of(field, "is not one of the accepted values"));
    }
    return null;
  }
}
