package org.opendsr.web;

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
}
