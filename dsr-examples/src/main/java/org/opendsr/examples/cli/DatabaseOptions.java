package org.opendsr.examples.cli;

import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command that opens a register shares. */
public final class DatabaseOptions {

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "The register's database: any JDBC URL, e.g. jdbc:postgresql://host/dsr?user=dsr"
              + " (default: an H2 file under ~/.opendsr).")
  private String url;

  @Option(
      names = "--user",
      paramLabel = "USER_ID",
      description = "Your user id, recorded in the audit trail (default: dsr-cli).")
  private String user = "dsr-cli";

  /** Creates the options with their defaults. */
  public DatabaseOptions() {}

  /**
   * The URL given, if any.
   *
   * @return the URL
   */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /**
   * The user id.
   *
   * @return the id
   */
  public String user() {
    return user;
  }

  Session open(Environment env, boolean writes) {
    return Session.open(env, url().orElseGet(env::defaultDatabaseUrl), user, writes);
  }
}
