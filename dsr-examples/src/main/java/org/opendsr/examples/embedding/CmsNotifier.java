package org.opendsr.examples.embedding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.register.CommandResult;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.rating.Rating;

/**
 * The CMS's notifier: after each successful command it reads the events the register recorded
 * ({@link CommandResult#events()}) and raises the CMS's own alerts. The register decides what is
 * due; the CMS decides how its staff hear about it (here, a list; in a real CMS, tasks in a
 * worktray, an e-mail, a bleep).
 */
public final class CmsNotifier {

  /** What the CMS raises. */
  public enum AlertKind {
    /** A person was rated Red: the team should know the same day. */
    RED_RATING,
    /** A C(E)TR was opened with a due date. */
    CETR_DUE,
    /** A person was admitted: the place lead must be made aware. */
    PLACE_LEAD_AWARENESS
  }

  /**
   * One alert in the CMS. Identifiers and dates only, so it can go to any worktray.
   *
   * @param kind what it is about
   * @param cmsPatientId the CMS's patient id
   * @param due when action is due
   * @param detail what the register said, free of personal data
   */
  public record CmsAlert(AlertKind kind, String cmsPatientId, LocalDate due, String detail) {
    /** Validates every part. */
    public CmsAlert {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(cmsPatientId, "cmsPatientId");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(detail, "detail");
    }
  }

  private final CmsPatientIndex patients;
  private final List<CmsAlert> raised = new ArrayList<>();

  /**
   * Creates a notifier.
   *
   * @param patients the index that maps entries back to CMS patients
   */
  public CmsNotifier(CmsPatientIndex patients) {
    this.patients = Objects.requireNonNull(patients, "patients");
  }

  /**
   * Reacts to one successful command.
   *
   * @param result what the command recorded
   */
  public void onRecorded(CommandResult result) {
    // An entry another system opened is not this CMS's to alert about.
    String patient = patients.patientOf(result.entryId()).orElse(null);
    if (patient == null) {
      return;
    }
    for (RecordedEvent event : result.events()) {
      // A carried-over entry records its rating and tasks as one event: read its facts.
      for (RegisterEvent change : event.change().facts()) {
        if (change instanceof RegisterEvent.RatingRecorded rated
            && rated.rating().finalRating() == Rating.RED) {
          raised.add(new CmsAlert(AlertKind.RED_RATING, patient, rated.on(), "rated Red"));
        } else if (change instanceof RegisterEvent.TaskOpened opened) {
          Task task = opened.task();
          if (task.kind() == TaskKind.CETR) {
            raised.add(new CmsAlert(AlertKind.CETR_DUE, patient, task.due(), task.detail()));
          } else if (task.kind() == TaskKind.PLACE_LEAD_AWARENESS) {
            raised.add(
                new CmsAlert(AlertKind.PLACE_LEAD_AWARENESS, patient, task.due(), task.detail()));
          }
        }
      }
    }
  }

  /**
   * Every alert raised so far, oldest first.
   *
   * @return the alerts
   */
  public List<CmsAlert> raised() {
    return List.copyOf(raised);
  }
}
