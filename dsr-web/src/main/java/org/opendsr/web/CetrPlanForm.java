package org.opendsr.web;

import jakarta.validation.constraints.Size;

/**
 * What a user types to plan a C(E)TR: the day it is booked for (the date parts of {@link
 * DatedForm}), the panel, when the papers were sent, and whether the person consented to it.
 */
public class CetrPlanForm extends DatedForm {

  @Size(max = 200, message = "The chair's name must be 200 characters or fewer")
  private String chair;

  @Size(max = 200, message = "The clinical expert's name must be 200 characters or fewer")
  private String clinicalExpert;

  @Size(max = 200, message = "The expert by experience's name must be 200 characters or fewer")
  private String expertByExperience;

  private String papersDay;

  private String papersMonth;

  private String papersYear;

  private String consent;

  /** An empty form. */
  public CetrPlanForm() {}

  /**
   * @return chair
   */
  public String getChair() {
    return chair;
  }

  /**
   * @param chair chair
   */
  public void setChair(String chair) {
    this.chair = chair;
  }

  /**
   * @return clinicalExpert
   */
  public String getClinicalExpert() {
    return clinicalExpert;
  }

  /**
   * @param clinicalExpert clinicalExpert
   */
  public void setClinicalExpert(String clinicalExpert) {
    this.clinicalExpert = clinicalExpert;
  }

  /**
   * @return expertByExperience
   */
  public String getExpertByExperience() {
    return expertByExperience;
  }

  /**
   * @param expertByExperience expertByExperience
   */
  public void setExpertByExperience(String expertByExperience) {
    this.expertByExperience = expertByExperience;
  }

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
