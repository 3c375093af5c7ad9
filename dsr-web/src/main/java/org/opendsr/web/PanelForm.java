package org.opendsr.web;

import jakarta.validation.constraints.Size;

/**
 * The panel of a C(E)TR as a user types it, shared by the forms to plan and to record a review: the
 * chair, the independent clinical expert and the expert by experience, each by name or user id, any
 * left blank while unknown; and the day (the date parts of {@link DatedForm}).
 */
public class PanelForm extends DatedForm {

  @Size(max = 200, message = "The chair's name must be 200 characters or fewer")
  private String chair;

  @Size(max = 200, message = "The clinical expert's name must be 200 characters or fewer")
  private String clinicalExpert;

  @Size(max = 200, message = "The expert by experience's name must be 200 characters or fewer")
  private String expertByExperience;

  /** An empty form. */
  public PanelForm() {}

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
}
