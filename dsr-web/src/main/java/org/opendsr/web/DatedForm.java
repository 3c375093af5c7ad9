package org.opendsr.web;

/**
 * What a user types to record something done on a day: a first contact, a review held or a task
 * done. The consent and rating forms extend it with what else they ask; each carries the version of
 * the record it was opened on.
 */
public class DatedForm {

  private long version;

  private String onDay;

  private String onMonth;

  private String onYear;

  /** An empty form. */
  public DatedForm() {}

  /**
   * @return version
   */
  public long getVersion() {
    return version;
  }

  /**
   * @param version version
   */
  public void setVersion(long version) {
    this.version = version;
  }

  /**
   * @return onDay
   */
  public String getOnDay() {
    return onDay;
  }

  /**
   * @param onDay onDay
   */
  public void setOnDay(String onDay) {
    this.onDay = onDay;
  }

  /**
   * @return onMonth
   */
  public String getOnMonth() {
    return onMonth;
  }

  /**
   * @param onMonth onMonth
   */
  public void setOnMonth(String onMonth) {
    this.onMonth = onMonth;
  }

  /**
   * @return onYear
   */
  public String getOnYear() {
    return onYear;
  }

  /**
   * @param onYear onYear
   */
  public void setOnYear(String onYear) {
    this.onYear = onYear;
  }

  /**
   * Fills the day, month and year with a date, as a form opens on today or on a date already known.
   * Not a property setter, so a request cannot bind it.
   *
   * @param date the date
   */
  public void fillDate(java.time.LocalDate date) {
    onDay = Integer.toString(date.getDayOfMonth());
    onMonth = Integer.toString(date.getMonthValue());
    onYear = Integer.toString(date.getYear());
  }
}
