package org.opendsr.examples.cli;

import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.opendsr.examples.http.RegisterHttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code dsr serve}: the register's JSON-over-HTTP adapter on this machine only, until stopped.
 * Every call goes through the access-controlled, audited register as the caller its headers name.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the register as JSON over HTTP on 127.0.0.1 (referrals, entries, worklists) until"
            + " stopped with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

  /** Only this machine: the adapter has no TLS and trusts its callers' identity headers. */
  static final String LOOPBACK = "127.0.0.1";

  /** The JDK HTTP server's deadline, in seconds, for reading a whole request. */
  static final String MAX_REQUEST_TIME = "sun.net.httpserver.maxReqTime";

  @ParentCommand private DsrCommand parent;

  @Mixin private DatabaseOptions db;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      converter = WholeNumberConverter.class,
      description = "The port to listen on (default: 8080; 0 picks a free one).")
  private int port = 8080;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new UsageException("--port must be a whole number from 0 to 65535");
    }
    Environment env = parent.env();
    // The JDK server's own limit on the time to read a whole request, headers included: the
    // adapter's body deadline cannot cover a client that sends its headers slowly. A JVM-wide
    // property read once, so set only when not set already. Local practice, configurable with
    // -Dsun.net.httpserver.maxReqTime=SECONDS.
    if (System.getProperty(MAX_REQUEST_TIME) == null) {
      System.setProperty(MAX_REQUEST_TIME, "30");
    }
    // Referrals arrive over HTTP, so the register is opened for writing (migrated if new).
    Session session = parent.openForWriting(db);
    try (RegisterHttpServer server =
        RegisterHttpServer.start(
            new InetSocketAddress(LOOPBACK, port), session.users(), env.clock())) {
      env.out().println("Serving the register at " + server.baseUri() + " (Ctrl-C to stop).");
      env.out().flush();
      new CountDownLatch(1).await();
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    } finally {
      session.close();
    }
    return Failures.OK;
  }
}
