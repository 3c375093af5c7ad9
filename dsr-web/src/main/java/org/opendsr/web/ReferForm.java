package org.opendsr.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.opendsr.validation.ValidNhsNumber;

/** What a user types to refer a person: who referred them, who they are and when. */
public class ReferForm {

  @NotBlank(message = "Select who made the referral")
  private String source;

  @NotBlank(message = "Enter the referrer's role or relationship to the person")
  @Size(max = 200, message = "The referrer's role must be 200 characters or fewer")
  private String referrerRole;

  private String telephone;

  private String email;

  @NotBlank(message = "Enter the person's first name")
  @Size(max = 200, message = "The first name must be 200 characters or fewer")
  private String givenName;

  @NotBlank(message = "Enter the person's last name")
  @Size(max = 200, message = "The last name must be 200 characters or fewer")
  private String familyName;

  @NotNull(message = "Enter the person's NHS number")
  @ValidNhsNumber(message = "Enter the person's NHS number: 10 digits, like 999 123 4567")
  private String nhsNumber;

  private String bornDay;

  private String bornMonth;

  private String bornYear;

  @Size(max = 1000, message = "The address must be 1000 characters or fewer")
  private String address;

  private String postcode;

  @NotBlank(message = "Enter the area the person lives in")
  private String locality;

  @NotBlank(message = "Select where the person lives")
  private String setting;

  @NotBlank(message = "Select the person's diagnosis")
  private String diagnosis;

  private String receivedDay;

  private String receivedMonth;

  private String receivedYear;

  /** An empty form. */
  public ReferForm() {}

  /**
   * @return source
   */
  public String getSource() {
    return source;
  }

  /**
   * @param source source
   */
  public void setSource(String source) {
    this.source = source;
  }

  /**
   * @return referrerRole
   */
  public String getReferrerRole() {
    return referrerRole;
  }

  /**
   * @param referrerRole referrerRole
   */
  public void setReferrerRole(String referrerRole) {
    this.referrerRole = referrerRole;
  }

  /**
   * @return telephone
   */
  public String getTelephone() {
    return telephone;
  }

  /**
   * @param telephone telephone
   */
  public void setTelephone(String telephone) {
    this.telephone = telephone;
  }

  /**
   * @return email
   */
  public String getEmail() {
    return email;
  }

  /**
   * @param email email
   */
  public void setEmail(String email) {
    this.email = email;
  }

  /**
   * @return givenName
   */
  public String getGivenName() {
    return givenName;
  }

  /**
   * @param givenName givenName
   */
  public void setGivenName(String givenName) {
    this.givenName = givenName;
  }

  /**
   * @return familyName
   */
  public String getFamilyName() {
    return familyName;
  }

  /**
   * @param familyName familyName
   */
  public void setFamilyName(String familyName) {
    this.familyName = familyName;
  }

  /**
   * @return nhsNumber
   */
  public String getNhsNumber() {
    return nhsNumber;
  }

  /**
   * @param nhsNumber nhsNumber
   */
  public void setNhsNumber(String nhsNumber) {
    this.nhsNumber = nhsNumber;
  }

  /**
   * @return bornDay
   */
  public String getBornDay() {
    return bornDay;
  }

  /**
   * @param bornDay bornDay
   */
  public void setBornDay(String bornDay) {
    this.bornDay = bornDay;
  }

  /**
   * @return bornMonth
   */
  public String getBornMonth() {
    return bornMonth;
  }

  /**
   * @param bornMonth bornMonth
   */
  public void setBornMonth(String bornMonth) {
    this.bornMonth = bornMonth;
  }

  /**
   * @return bornYear
   */
  public String getBornYear() {
    return bornYear;
  }

  /**
   * @param bornYear bornYear
   */
  public void setBornYear(String bornYear) {
    this.bornYear = bornYear;
  }

  /**
   * @return address
   */
  public String getAddress() {
    return address;
  }

  /**
   * @param address address
   */
  public void setAddress(String address) {
    this.address = address;
  }

  /**
   * @return postcode
   */
  public String getPostcode() {
    return postcode;
  }

  /**
   * @param postcode postcode
   */
  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  /**
   * @return locality
   */
  public String getLocality() {
    return locality;
  }

  /**
   * @param locality locality
   */
  public void setLocality(String locality) {
    this.locality = locality;
  }

  /**
   * @return setting
   */
  public String getSetting() {
    return setting;
  }

  /**
   * @param setting setting
   */
  public void setSetting(String setting) {
    this.setting = setting;
  }

  /**
   * @return diagnosis
   */
  public String getDiagnosis() {
    return diagnosis;
  }

  /**
   * @param diagnosis diagnosis
   */
  public void setDiagnosis(String diagnosis) {
    this.diagnosis = diagnosis;
  }

  /**
   * @return receivedDay
   */
  public String getReceivedDay() {
    return receivedDay;
  }

  /**
   * @param receivedDay receivedDay
   */
  public void setReceivedDay(String receivedDay) {
    this.receivedDay = receivedDay;
  }

  /**
   * @return receivedMonth
   */
  public String getReceivedMonth() {
    return receivedMonth;
  }

  /**
   * @param receivedMonth receivedMonth
   */
  public void setReceivedMonth(String receivedMonth) {
    this.receivedMonth = receivedMonth;
  }

  /**
   * @return receivedYear
   */
  public String getReceivedYear() {
    return receivedYear;
  }

  /**
   * @param receivedYear receivedYear
   */
  public void setReceivedYear(String receivedYear) {
    this.receivedYear = receivedYear;
  }
}
