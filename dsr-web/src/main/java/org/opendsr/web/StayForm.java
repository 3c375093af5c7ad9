package org.opendsr.web;

/**
 * What a user types to record an admission or a move of hospital: the day (the date parts of {@link
 * DatedForm}), the hospital's code, and whether the setting is secure.
 */
public class StayForm extends DatedForm {

  private String hospital;

  private String secure;

  /** An empty form. */
  public StayForm() {}

  /**
   * @return hospital
   */
  public String getHospital() {
    return hospital;
  }

  /**
   * @param hospital hospital
   */
  public void setHospital(String hospital) {
    this.hospital = hospital;
  }

  /**
   * @return secure
   */
  public String getSecure() {
    return secure;
  }

  /**
   * @param secure secure
   */
  public void setSecure(String secure) {
    this.secure = secure;
  }
}
