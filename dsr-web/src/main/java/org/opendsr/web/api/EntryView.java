package org.opendsr.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.rating.Rating;

/**
 * One entry as the API returns it to a caller the library's access rules let see it: who it is
 * about, where it stands, its rating and its open tasks. The address and contact details are left
 * out (data minimisation: a caller who needs them reads the person page). Absent values are left
 * out of the JSON, never written as null.
 *
 * @param id the entry id
 * @param version the entry's version, to send back with a change to it
 * @param episode 1 for the person's first time on the register, 2 for the next, and so on
 * @param status referred, active, inclusion basis lapsed, declined or closed
 * @param person who the entry is about
 * @param referral how the person came to the register
 * @param acceptedOn when the referral was accepted, once it was
 * @param firstContactOn when first contact was made, once it was
 * @param currentRating the rating that stands now, once rated
 * @param inpatient whether the person is in hospital now
 * @param agencies ids of the agencies involved
 * @param openTasks the work due on the entry, soonest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntryView(
    String id,
    long version,
    int episode,
    EntryStatus status,
    PersonView person,
    ReferralView referral,
    LocalDate acceptedOn,
    LocalDate firstContactOn,
    Rating currentRating,
    boolean inpatient,
    List<String> agencies,
    List<TaskView> openTasks) {

  /**
   * The person.
   *
   * @param name their name
   * @param dateOfBirth their date of birth
   * @param nhsNumber their NHS number, ten digits
   * @param locality the reporting area they live in
   * @param setting the kind of place they live in
   * @param diagnosis learning disability and/or autism, or suspected autism
   * @param educationHealthAndCarePlan whether they have an EHC plan
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PersonView(
      NameView name,
      LocalDate dateOfBirth,
      String nhsNumber,
      String locality,
      Residence.Setting setting,
      Diagnosis diagnosis,
      boolean educationHealthAndCarePlan) {

    @Override
    public String toString() {
      return "PersonView[***]";
    }
  }

  /**
   * A name.
   *
   * @param given given name(s)
   * @param family family name
   * @param preferred the name they like to be called, if any
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record NameView(String given, String family, String preferred) {

    @Override
    public String toString() {
      return "NameView[***]";
    }
  }

  /**
   * The referral.
   *
   * @param source who referred
   * @param date when the referral was received
   * @param referrerRole the referrer's role or relationship
   */
  public record ReferralView(ReferralSource source, LocalDate date, String referrerRole) {}

  /**
   * One open task.
   *
   * @param id the task's id within the entry
   * @param kind what kind of work
   * @param due when it is due
   * @param detail why it was opened, free of personal data
   * @param overdue whether it is due before today
   */
  public record TaskView(String id, TaskKind kind, LocalDate due, String detail, boolean overdue) {}

  /**
   * The view of an entry.
   *
   * @param entry the entry, as read through the access-controlled register
   * @param today the register's today, for what is overdue
   * @return the view
   */
  static EntryView of(Entry entry, LocalDate today) {
    var p = entry.person();
    return new EntryView(
        entry.id().value(),
        entry.version(),
        entry.episode(),
        entry.status(),
        new PersonView(
            new NameView(p.name().given(), p.name().family(), p.name().preferred().orElse(null)),
            p.dateOfBirth().value(),
            p.nhsNumber().value(),
            p.residence().locality(),
            p.residence().setting(),
            p.diagnosis(),
            p.educationHealthAndCarePlan()),
        new ReferralView(
            entry.referral().source(), entry.referral().date(), entry.referral().referrerRole()),
        entry.acceptedOn().orElse(null),
        entry.firstContactOn().orElse(null),
        entry.currentRating().orElse(null),
        entry.isInpatient(),
        entry.agencies().stream().map(Agency::id).toList(),
        entry.openTasks().stream()
            .sorted(Comparator.comparing(t -> t.due()))
            .map(
                t ->
                    new TaskView(
                        t.id().value(), t.kind(), t.due(), t.detail(), t.due().isBefore(today)))
            .toList());
  }

  @Override
  public String toString() {
    return "EntryView[id=" + id + ", version=" + version + "]";
  }
}
