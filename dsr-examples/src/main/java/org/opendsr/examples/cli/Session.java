package org.opendsr.examples.cli;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.audit.BufferedAuditTrail;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.CommandResult;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.store.BatchingRegisterStore;
import org.opendsr.core.store.IndexedRegisterStore;
import org.opendsr.importing.LegacyImport;
import org.opendsr.jdbc.DsrDatabase;
import org.opendsr.jdbc.JdbcAuditTrail;
import org.opendsr.jdbc.NoRegisterException;
import org.opendsr.jdbc.Transaction;

/**
 * One command's connection to a register: the database, the register over its store, the audit
 * trail, and the user the command runs as. A command that writes opens it with the schema migrated
 * (created in an empty database); a command that only reads opens an existing register and creates
 * nothing, so pointed at the wrong database it says so instead of leaving empty tables there. Every
 * write of a user command goes through {@link #write} (or the {@link BulkWrite}'s writes), that is
 * through the {@link AccessControlledRegister}, which audits what came of it; the unaudited {@link
 * #register()} is for reads that the command audits itself.
 */
final class Session implements AutoCloseable {

  /** The agency the command line's user acts for, when none is given. */
  static final String DEFAULT_AGENCY = "ICB";

  private final Environment env;
  private final DsrDatabase database;
  private final IndexedRegisterStore store;
  private final AuditTrail audit;
  private final Actor actor;
  private final DynamicSupportRegister register;
  private final AccessControlledRegister users;
  private final java.sql.Connection keepAlive;
  private final java.time.Clock clock;

  private Session(
      Environment env,
      DsrDatabase database,
      java.sql.Connection keepAlive,
      String url,
      String user,
      java.time.Clock clock) {
    this.env = env;
    this.database = database;
    this.keepAlive = keepAlive;
    this.clock = clock;
    this.store = RegisterStores.open(database);
    this.audit = new JdbcAuditTrail(database);
    this.actor = Actor.professional(user, Role.DSR_COORDINATOR, DEFAULT_AGENCY);
    this.register = registerOver(store);
    this.users = AccessControlledRegister.of(register, audit, clock);
  }

  private DynamicSupportRegister registerOver(IndexedRegisterStore over) {
    return registerOver(over, LocalPolicy.defaults());
  }

  private DynamicSupportRegister registerOver(IndexedRegisterStore over, LocalPolicy policy) {
    return DynamicSupportRegister.create(over, clock, WorkingDayCalendar.englandAndWales(), policy);
  }

  /**
   * Opens a register.
   *
   * @param env the environment
   * @param url the JDBC URL
   * @param user the user id to record
   * @param writes whether the command writes: then the schema is migrated, and created if the
   *     database holds none; otherwise the database must already hold a register
   * @return the session
   * @throws org.opendsr.core.DsrException if the database cannot be reached or migrated, or holds
   *     no register for a command that only reads
   */
  static Session open(Environment env, String url, String user, boolean writes) {
    Objects.requireNonNull(url, "url");
    return open(env, url, user, env.clock(), writes);
  }

  /**
   * Opens a register whose commands are dated by another clock (the demo's story clock).
   *
   * @param env the environment
   * @param url the JDBC URL
   * @param user the user id to record
   * @param clock the register's clock
   * @param writes whether the command writes (see {@link #open(Environment, String, String,
   *     boolean)})
   * @return the session
   */
  static Session open(
      Environment env, String url, String user, java.time.Clock clock, boolean writes) {
    Objects.requireNonNull(url, "url");
    // An embedded register: private files, and whole again if a write to it was interrupted.
    RegisterWriteGuard.beforeOpen(url);
    UrlDataSource source = new UrlDataSource(url);
    java.sql.Connection keepAlive = null;
    if (url.startsWith("jdbc:h2:")) {
      // An embedded H2 database is open while a connection to it is: one held for the whole
      // command keeps a private in-memory database alive, and spares a file database being
      // opened and closed again for every statement.
      try {
        keepAlive = source.getConnection();
        RegisterWriteGuard.afterOpen(url);
      } catch (java.sql.SQLException e) {
        throw new org.opendsr.core.DsrException("could not open the H2 database", e);
      }
    }
    try {
      DsrDatabase database = writes ? DsrDatabase.migrate(source) : DsrDatabase.open(source);
      return new Session(env, database, keepAlive, url, user, clock);
    } catch (NoRegisterException e) {
      // Said to the user in words by UserMessages: how to load the demo or import a register.
      closeQuietly(keepAlive);
      throw e;
    } catch (RuntimeException e) {
      closeQuietly(keepAlive);
      throw e;
    }
  }

  private static void closeQuietly(java.sql.Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (java.sql.SQLException e) {
        // Nothing was written through it.
      }
    }
  }

  /** Lets go of an embedded database; nothing else needs closing. */
  @Override
  public void close() {
    if (keepAlive != null) {
      try {
        keepAlive.close();
      } catch (java.sql.SQLException e) {
        // The process is ending its use of the database; nothing was left unwritten.
      }
    }
  }

  DynamicSupportRegister register() {
    return register;
  }

  /**
   * The register as the command line's user reaches it: decided and audited.
   *
   * @return the access-controlled register
   */
  AccessControlledRegister users() {
    return users;
  }

  /**
   * Writes one command of the user's, through the access-controlled register: the audit trail
   * records what came of it (done, refused by a rule, failed).
   *
   * @param command the command
   * @return what it did
   */
  CommandResult write(Command command) {
    return users.handle(actor, AccessPurpose.REGISTER_ADMINISTRATION, command);
  }

  AuditTrail audit() {
    return audit;
  }

  Actor actor() {
    return actor;
  }

  DsrDatabase database() {
    return database;
  }

  /**
   * A register for an import and the unit of work around it. Its commands and their audit records
   * are staged in memory and written in batches ({@link LegacyImport.UnitOfWork#checkpoint()}), all
   * within one database transaction from {@link LegacyImport.UnitOfWork#begin()} to commit: the
   * import is written whole or not at all, and a batch costs one round of JDBC batches instead of
   * one transaction a command.
   *
   * @return the register and unit of work
   */
  BulkWrite bulkWrite() {
    return bulkWrite(LocalPolicy.defaults());
  }

  /**
   * A register for an import under a local policy of its own (the import's suspected-autism
   * setting), and the unit of work around it, as {@link #bulkWrite()}.
   *
   * @param policy the local policy the import's register decides by
   * @return the register and unit of work
   */
  BulkWrite bulkWrite(LocalPolicy policy) {
    BatchingRegisterStore staged = new BatchingRegisterStore(store);
    BufferedAuditTrail buffered = new BufferedAuditTrail(audit);
    LegacyImport.UnitOfWork work =
        new LegacyImport.UnitOfWork() {
          private Transaction transaction;

          @Override
          public void begin() {
            transaction = database.begin();
          }

          @Override
          public void checkpoint() {
            staged.flush();
            buffered.flush();
          }

          @Override
          public void commit() {
            checkpoint();
            transaction.commit();
          }

          @Override
          public void rollback() {
            if (transaction != null) {
              transaction.rollback();
            }
          }

          @Override
          public boolean undoes() {
            // One database transaction from begin to commit: a rollback undoes every write.
            return true;
          }
        };
    DynamicSupportRegister bulk = registerOver(staged, policy);
    AccessControlledRegister audited = AccessControlledRegister.of(bulk, buffered, clock);
    return new BulkWrite(
        bulk,
        command -> audited.handle(actor, AccessPurpose.REGISTER_ADMINISTRATION, command),
        work);
  }

  /**
   * A register whose writes go through a unit of work.
   *
   * @param register the register, for the reads the import checks rows with
   * @param writes the user's writes, decided and audited
   * @param work the unit of work its writes are made in
   */
  record BulkWrite(
      DynamicSupportRegister register,
      Function<Command, CommandResult> writes,
      LegacyImport.UnitOfWork work) {}

  /**
   * Records a read in the audit trail.
   *
   * @param operation what was read
   * @param purpose why
   * @param entryId which entry, if one
   */
  void audited(Operation operation, AccessPurpose purpose, Optional<String> entryId) {
    audit.append(
        AuditRecord.allowed(
            env.clock().instant(), actor, purpose, operation, entryId, false, "dsr command line"));
  }
}
