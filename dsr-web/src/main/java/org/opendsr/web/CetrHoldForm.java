package org.opendsr.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user types to record a C(E)TR held: the day (the date parts of {@link DatedForm}), who sat
 * on the panel, a finding for each key question asked, and the actions agreed with their owners and
 * due dates.
 */
public class CetrHoldForm extends PanelForm {

  private Map<String, String> findings = new LinkedHashMap<>();

  @Valid
  private List<ActionRow> actions =
      new ArrayList<>(List.of(new ActionRow(), new ActionRow(), new ActionRow()));

  /** An empty form. */
  public CetrHoldForm() {}

  /**
   * @return findings
   */
  public Map<String, String> getFindings() {
    return findings;
  }

  /**
   * @param findings findings
   */
  public void setFindings(Map<String, String> findings) {
    this.findings = findings;
  }

  /**
   * @return actions
   */
  public List<ActionRow> getActions() {
    return actions;
  }

  /**
   * @param actions actions
   */
  public void setActions(List<ActionRow> actions) {
    this.actions = actions;
  }

  /** One action agreed at the review: what, who will do it, their agency, and by when. */
  public static class ActionRow {

    @Size(max = 4000, message = "The action must be 4000 characters or fewer")
    private String what;

    @Size(max = 200, message = "Who will do it must be 200 characters or fewer")
    private String owner;

    @Size(max = 200, message = "The agency must be 200 characters or fewer")
    private String agency;

    private String dueDay;

    private String dueMonth;

    private String dueYear;

    /** An empty form. */
    public ActionRow() {}

    /**
     * @return what
     */
    public String getWhat() {
      return what;
    }

    /**
     * @param what what
     */
    public void setWhat(String what) {
      this.what = what;
    }

    /**
     * @return owner
     */
    public String getOwner() {
      return owner;
    }

    /**
     * @param owner owner
     */
    public void setOwner(String owner) {
      this.owner = owner;
    }

    /**
     * @return agency
     */
    public String getAgency() {
      return agency;
    }

    /**
     * @param agency agency
     */
    public void setAgency(String agency) {
      this.agency = agency;
    }

    /**
     * @return dueDay
     */
    public String getDueDay() {
      return dueDay;
    }

    /**
     * @param dueDay dueDay
     */
    public void setDueDay(String dueDay) {
      this.dueDay = dueDay;
    }

    /**
     * @return dueMonth
     */
    public String getDueMonth() {
      return dueMonth;
    }

    /**
     * @param dueMonth dueMonth
     */
    public void setDueMonth(String dueMonth) {
      this.dueMonth = dueMonth;
    }

    /**
     * @return dueYear
     */
    public String getDueYear() {
      return dueYear;
    }

    /**
     * @param dueYear dueYear
     */
    public void setDueYear(String dueYear) {
      this.dueYear = dueYear;
    }
  }
}
