package org.opendsr.core.reporting;

import java.util.Objects;

/**
 * The local choices that shape reports.
 *
 * @param suppression how counts are published
 * @param themeCodes the theme and service-gap codes reported, in row order
 */
public record ReportSettings(SuppressionPolicy suppression, ThemeCodes themeCodes) {

  /** Checks both parts are present. */
  public ReportSettings {
    Objects.requireNonNull(suppression, "suppression");
    Objects.requireNonNull(themeCodes, "themeCodes");
  }

  /**
   * The defaults: {@link SuppressionPolicy#nhsDefault()} and {@link ThemeCodes#defaults()}.
   *
   * @return the default settings
   */
  public static ReportSettings defaults() {
    return new ReportSettings(SuppressionPolicy.nhsDefault(), ThemeCodes.defaults());
  }

  /**
   * Settings from local choices.
   *
   * @param suppression how counts are published
   * @param themeCodes the codes reported
   * @return the settings
   */
  public static ReportSettings of(SuppressionPolicy suppression, ThemeCodes themeCodes) {
    return new ReportSettings(suppression, themeCodes);
  }
}
