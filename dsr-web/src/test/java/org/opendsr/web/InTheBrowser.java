package org.opendsr.web;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test class that drives the application on its random port in one headless Chromium, started
 * before its first test and closed after its last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InTheBrowser {

  @LocalServerPort int port;

  Browser browser;

  @BeforeAll
  void startChromium() throws Exception {
    browser = Browser.start(port);
  }

  @AfterAll
  void stopChromium() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  /** Answers the questions so that the instrument suggests Red. */
  void answerRed() {
    browser.choose("answers-immediate_risk_of_admission");
    for (String item :
        List.of(
            "in_crisis",
            "risk_not_managed_in_community",
            "immediate_risk_without_urgent_intervention",
            "significantly_increased_risk",
            "some_risks_currently_managed")) {
      browser.choose("answers-" + item + "-2");
    }
  }
}
