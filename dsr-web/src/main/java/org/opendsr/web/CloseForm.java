package org.opendsr.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** What a user types to take someone off the register. */
public class CloseForm {

  @NotNull(message = "Select why the person is coming off the register")
  private String reason;

  @NotNull(message = "Enter the day the person came off the register")
  @Min(value = 1, message = "The day must be between 1 and 31")
  @Max(value = 31, message = "The day must be between 1 and 31")
  private Integer day;

  @NotNull(message = "Enter the month the person came off the register")
  @Min(value = 1, message = "The month must be between 1 and 12")
  @Max(value = 12, message = "The month must be between 1 and 12")
  private Integer month;

  @NotNull(message = "Enter the year the person came off the register")
  @Min(value = 2000, message = "The year must include 4 numbers, like 2026")
  @Max(value = 2999, message = "The year must include 4 numbers, like 2026")
  private Integer year;

  private long version;

  /** An empty form. */
  public CloseForm() {}

  /**
   * @return the reason's name
   */
  public String getReason() {
    return reason;
  }

  /**
   * @param reason the reason's name
   */
  public void setReason(String reason) {
    this.reason = reason;
  }

  /**
   * @return the day
   */
  public Integer getDay() {
    return day;
  }

  /**
   * @param day the day
   */
  public void setDay(Integer day) {
    this.day = day;
  }

  /**
   * @return the month
   */
  public Integer getMonth() {
    return month;
  }

  /**
   * @param month the month
   */
  public void setMonth(Integer month) {
    this.month = month;
  }

  /**
   * @return the year
   */
  public Integer getYear() {
    return year;
  }

  /**
   * @param year the year
   */
  public void setYear(Integer year) {
    this.year = year;
  }

  /**
   * @return the version of the entry the form was opened on
   */
  public long getVersion() {
    return version;
  }

  /**
   * @param version the version of the entry the form was opened on
   */
  public void setVersion(long version) {
    this.version = version;
  }
}
