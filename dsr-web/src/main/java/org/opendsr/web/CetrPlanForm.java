package org.opendsr.web;

/**
 * What a user types to plan a C(E)TR: the day it is booked for (the date parts of {@link
 * DatedForm}), the panel, when the papers were sent, and whether the person consented to it.
 */
public class CetrPlanForm extends PanelForm {

  private String papersDay;

  private String papersMonth;

  private String papersYear;

  private String consent;

  /** An empty form. */
  public CetrPlanForm() {}

  /**
   * @return papersDay
   */
  public String getPapersDay() {
    return papersDay;
  }

  /**
   * @param papersDay papersDay
   */
  public void setPapersDay(String papersDay) {
    this.papersDay = papersDay;
  }

  /**
   * @return papersMonth
   */
  public String getPapersMonth() {
    return papersMonth;
  }

  /**
   * @param papersMonth papersMonth
   */
  public void setPapersMonth(String papersMonth) {
    this.papersMonth = papersMonth;
  }

  /**
   * @return papersYear
   */
  public String getPapersYear() {
    return papersYear;
  }

  /**
   * @param papersYear papersYear
   */
  public void setPapersYear(String papersYear) {
    this.papersYear = papersYear;
  }

  /**
   * @return consent
   */
  public String getConsent() {
    return consent;
  }

  /**
   * @param consent consent
   */
  public void setConsent(String consent) {
    this.consent = consent;
  }
}
