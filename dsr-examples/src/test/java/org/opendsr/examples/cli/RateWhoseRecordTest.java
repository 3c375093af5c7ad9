package org.opendsr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.InMemoryAuditTrail;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.store.InMemoryRegisterStore;

/** {@code dsr rate --entry} names the person only to a user the access rules let see the entry. */
class RateWhoseRecordTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Clock CLOCK =
      Clock.fixed(
          TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
          ZoneId.of("Europe/London"));

  private final DynamicSupportRegister register =
      DynamicSupportRegister.create(
          new InMemoryRegisterStore(),
          CLOCK,
          WorkingDayCalendar.englandAndWales(),
          LocalPolicy.defaults());
  private final AccessControlledRegister users =
      AccessControlledRegister.of(register, new InMemoryAuditTrail(), CLOCK);

  private Entry alexSample() {
    PersonDetails person =
        PersonDetails.of(
            PersonName.of("Alex", "Sample"),
            DateOfBirth.of(LocalDate.of(1990, 2, 1)),
            NhsNumber.parse("9434765919"),
            Residence.of("1 Test Street", "Wiltshire"),
            Diagnosis.AUTISM);
    Referral referral =
        Referral.of(
            ReferralSource.PROFESSIONAL,
            TODAY,
            "community nurse",
            ContactDetails.email("dsr.team@example.nhs.uk"));
    return register
        .handle(
            new Command.Refer(
                "u-coord",
                person,
                referral,
                List.of(ConsentGiven.of(Purpose.inclusion(), TODAY, "u-coord"))))
        .entry();
  }

  private String whose(Entry entry, Actor actor) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RateCommand.printWhose(
        entry, actor, users.factsOf(entry), new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_coordinator_is_shown_the_persons_name_and_that_there_is_no_rating_yet() {
    Entry entry = alexSample();

    assertThat(whose(entry, Actor.professional("u-coord", Role.DSR_COORDINATOR, "ICB")))
        .isEqualTo(
            "Rating "
                + entry.id()
                + ": Alex Sample's record.\nCurrent rating: none recorded yet.\n\n");
  }

  @Test
  void a_clinician_of_an_agency_not_involved_is_not_shown_the_name() {
    Entry entry = alexSample();

    assertThat(whose(entry, Actor.professional("u-clin", Role.CLINICIAN, "OTHER-TRUST")))
        .startsWith("Rating " + entry.id() + " (your role is not shown the person's name).\n")
        .doesNotContain("Alex")
        .doesNotContain("Sample");
  }
}
