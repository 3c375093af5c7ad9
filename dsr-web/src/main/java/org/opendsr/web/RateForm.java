package org.opendsr.web;

import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a user types to rate a person: the answers to the instrument's questions, then, on the
 * confirmation step, whether to record the suggested rating or another with a reason.
 */
public class RateForm extends DatedForm {

  private Map<String, String> answers = new LinkedHashMap<>();

  private String choice;

  private String overrideRating;

  @Size(max = 4000, message = "The reason must be 4000 characters or fewer")
  private String overrideReason;

  /** An empty form. */
  public RateForm() {}

  /**
   * @return answers
   */
  public Map<String, String> getAnswers() {
    return answers;
  }

  /**
   * @param answers answers
   */
  public void setAnswers(Map<String, String> answers) {
    this.answers = answers;
  }

  /**
   * @return choice
   */
  public String getChoice() {
    return choice;
  }

  /**
   * @param choice choice
   */
  public void setChoice(String choice) {
    this.choice = choice;
  }

  /**
   * @return overrideRating
   */
  public String getOverrideRating() {
    return overrideRating;
  }

  /**
   * @param overrideRating overrideRating
   */
  public void setOverrideRating(String overrideRating) {
    this.overrideRating = overrideRating;
  }

  /**
   * @return overrideReason
   */
  public String getOverrideReason() {
    return overrideReason;
  }

  /**
   * @param overrideReason overrideReason
   */
  public void setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
  }
}
