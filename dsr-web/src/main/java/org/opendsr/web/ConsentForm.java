package org.opendsr.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** What a user types to record consent, a refusal or a withdrawal, in one of the lawful ways. */
public class ConsentForm extends DatedForm {

  private String purpose;

  private String way;

  @Size(max = 100, message = "The relationship must be 100 characters or fewer")
  private String parentRelationship;

  private String childsView;

  private List<String> inabilities = new ArrayList<>();

  private List<String> consulted = new ArrayList<>();

  @Size(max = 4000, message = "The reasons must be 4000 characters or fewer")
  private String reasons;

  private String inBestInterests;

  private String attorneyBornDay;

  private String attorneyBornMonth;

  private String attorneyBornYear;

  private String lpaDay;

  private String lpaMonth;

  private String lpaYear;

  private String withdrawnBy;

  /** An empty form. */
  public ConsentForm() {}

  /**
   * @return purpose
   */
  public String getPurpose() {
    return purpose;
  }

  /**
   * @param purpose purpose
   */
  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  /**
   * @return way
   */
  public String getWay() {
    return way;
  }

  /**
   * @param way way
   */
  public void setWay(String way) {
    this.way = way;
  }

  /**
   * @return parentRelationship
   */
  public String getParentRelationship() {
    return parentRelationship;
  }

  /**
   * @param parentRelationship parentRelationship
   */
  public void setParentRelationship(String parentRelationship) {
    this.parentRelationship = parentRelationship;
  }

  /**
   * @return childsView
   */
  public String getChildsView() {
    return childsView;
  }

  /**
   * @param childsView childsView
   */
  public void setChildsView(String childsView) {
    this.childsView = childsView;
  }

  /**
   * @return inabilities
   */
  public List<String> getInabilities() {
    return inabilities;
  }

  /**
   * @param inabilities inabilities
   */
  public void setInabilities(List<String> inabilities) {
    this.inabilities = inabilities;
  }

  /**
   * @return consulted
   */
  public List<String> getConsulted() {
    return consulted;
  }

  /**
   * @param consulted consulted
   */
  public void setConsulted(List<String> consulted) {
    this.consulted = consulted;
  }

  /**
   * @return reasons
   */
  public String getReasons() {
    return reasons;
  }

  /**
   * @param reasons reasons
   */
  public void setReasons(String reasons) {
    this.reasons = reasons;
  }

  /**
   * @return inBestInterests
   */
  public String getInBestInterests() {
    return inBestInterests;
  }

  /**
   * @param inBestInterests inBestInterests
   */
  public void setInBestInterests(String inBestInterests) {
    this.inBestInterests = inBestInterests;
  }

  /**
   * @return attorneyBornDay
   */
  public String getAttorneyBornDay() {
    return attorneyBornDay;
  }

  /**
   * @param attorneyBornDay attorneyBornDay
   */
  public void setAttorneyBornDay(String attorneyBornDay) {
    this.attorneyBornDay = attorneyBornDay;
  }

  /**
   * @return attorneyBornMonth
   */
  public String getAttorneyBornMonth() {
    return attorneyBornMonth;
  }

  /**
   * @param attorneyBornMonth attorneyBornMonth
   */
  public void setAttorneyBornMonth(String attorneyBornMonth) {
    this.attorneyBornMonth = attorneyBornMonth;
  }

  /**
   * @return attorneyBornYear
   */
  public String getAttorneyBornYear() {
    return attorneyBornYear;
  }

  /**
   * @param attorneyBornYear attorneyBornYear
   */
  public void setAttorneyBornYear(String attorneyBornYear) {
    this.attorneyBornYear = attorneyBornYear;
  }

  /**
   * @return lpaDay
   */
  public String getLpaDay() {
    return lpaDay;
  }

  /**
   * @param lpaDay lpaDay
   */
  public void setLpaDay(String lpaDay) {
    this.lpaDay = lpaDay;
  }

  /**
   * @return lpaMonth
   */
  public String getLpaMonth() {
    return lpaMonth;
  }

  /**
   * @param lpaMonth lpaMonth
   */
  public void setLpaMonth(String lpaMonth) {
    this.lpaMonth = lpaMonth;
  }

  /**
   * @return lpaYear
   */
  public String getLpaYear() {
    return lpaYear;
  }

  /**
   * @param lpaYear lpaYear
   */
  public void setLpaYear(String lpaYear) {
    this.lpaYear = lpaYear;
  }

  /**
   * @return withdrawnBy
   */
  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  /**
   * @param withdrawnBy withdrawnBy
   */
  public void setWithdrawnBy(String withdrawnBy) {
    this.withdrawnBy = withdrawnBy;
  }
}
