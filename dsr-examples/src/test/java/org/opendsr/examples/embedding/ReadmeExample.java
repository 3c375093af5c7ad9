package org.opendsr.examples.embedding;

// README:begin
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.InMemoryAuditTrail;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.core.worklist.Worklist;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.RatingDecision;

/** The README's embedding example: an NHS number, a due date, a rating and the register. */
public class ReadmeExample {

  public static void main(String[] args) {
    NhsNumber nhs = NhsNumber.parse("943 476 5919"); // modulus 11
    System.out.println(nhs); // *** *** 5919: toString hides all but the last four digits
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    LocalDate firstContactDue = calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 5);
    System.out.println(firstContactDue); // 2027-01-05

    // A rating with its reasons and linked processes (national definitions, the default
    // instrument).
    RatingDecision decision =
        Instruments.nationalDefinitions()
            .decide(
                Assessment.of(
                    PersonContext.inCommunity(LocalDate.of(2006, 5, 1)),
                    LocalDate.of(2026, 11, 23),
                    Map.of(
                        Instruments.IMMEDIATE_RISK_OF_ADMISSION, Answer.no(),
                        Instruments.IN_CRISIS, Answer.yes(),
                        Instruments.RISK_NOT_MANAGED_IN_COMMUNITY, Answer.yes(),
                        Instruments.IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION, Answer.yes(),
                        Instruments.SIGNIFICANTLY_INCREASED_RISK, Answer.yes(),
                        Instruments.SOME_RISKS_CURRENTLY_MANAGED, Answer.no())));
    System.out.println(decision.suggestedRating()); // RED: in crisis and not managed at home
    // Which national definition fired, with the answers it used.
    decision.reasons().forEach(reason -> System.out.println(reason.text()));
    // A C(E)TR must take place; a keyworker referral (aged 20, not known to the service).
    decision.linkedProcesses().forEach(process -> System.out.println(process.description()));

    // The register: time from your clock, storage behind a port, every user call checked and
    // audited.
    Clock clock = Clock.systemDefaultZone();
    DynamicSupportRegister register =
        DynamicSupportRegister.create(
            new InMemoryRegisterStore(),
            clock,
            WorkingDayCalendar.englandAndWales(),
            LocalPolicy.defaults());
    AccessControlledRegister forUsers =
        AccessControlledRegister.of(register, new InMemoryAuditTrail(), clock);
    Actor coordinator = Actor.professional("jo.coordinator", Role.DSR_COORDINATOR, "ICB");
    LocalDate today = LocalDate.now(clock);
    Worklist worklist =
        forUsers.worklist(coordinator, AccessPurpose.REGISTER_ADMINISTRATION, today, 14);
    System.out.println(worklist.overdue().size()); // 0: the register is empty; the read is audited
  }
}
// README:end
