package org.opendsr.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The coordinator's web application: the OpenDSR starter behind server-rendered pages. */
@SpringBootApplication
@EnableConfigurationProperties(WebUsersProperties.class)
public class WebApplication {

  /**
   * Starts the application.
   *
   * @param args Spring Boot arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(WebApplication.class, args);
  }
}
