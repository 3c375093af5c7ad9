package org.opendsr.web;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.audit.BufferedAuditTrail;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.store.BatchingRegisterStore;
import org.opendsr.core.store.IndexedRegisterStore;
import org.opendsr.core.store.RegisterStore;
import org.opendsr.importing.ColumnMapping;
import org.opendsr.importing.LegacyImport;
import org.opendsr.jdbc.DsrDatabase;
import org.opendsr.jdbc.Transaction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Carrying a legacy spreadsheet register over from the browser, as {@code dsr import} does: the
 * uploaded sheet and mapping are kept in a temporary folder only their owner (the application's
 * user) can read, checked in a dry run that writes nothing, then imported all or nothing or
 * partially, every write decided and audited as the coordinator's, and deleted.
 */
@Component
class Migrations {

  /** Owner-only: the uploads and the rejects file hold personal data. */
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");

  private final IndexedRegisterStore store;
  private final AuditTrail audit;
  private final Clock clock;
  private final WorkingDayCalendar calendar;
  private final LocalPolicy policy;
  private final Optional<DsrDatabase> database;
  private final String referrerEmail;

  Migrations(
      RegisterStore store,
      AuditTrail audit,
      Clock clock,
      WorkingDayCalendar calendar,
      LocalPolicy policy,
      ObjectProvider<DsrDatabase> database,
      // The contact recorded as the referrer of every person carried over (local practice,
      // configurable), as the command line's --referrer-email.
      @Value("${opendsr.web.migration.referrer-email:dsr.coordinator@example.nhs.uk}")
          String referrerEmail) {
    this.store =
        store
            .indexed()
            .orElseThrow(
                () -> new IllegalStateException("carrying a register over needs an indexed store"));
    this.audit = audit;
    this.clock = clock;
    this.calendar = calendar;
    this.policy = policy;
    this.database = Optional.ofNullable(database.getIfAvailable());
    this.referrerEmail = referrerEmail;
  }

  /**
   * An uploaded sheet and mapping, in their owner-only folder, with the dry run's outcome once it
   * has run. Kept in the user's session; the folder is deleted when the import is confirmed or
   * cancelled, or when the session ends.
   */
  static final class Upload implements HttpSessionBindingListener {
    private final Path folder;
    private LegacyImport.Outcome dryRun;

    private Upload(Path folder) {
      this.folder = folder;
    }

    Path folder() {
      return folder;
    }

    Path sheet() {
      return folder.resolve("sheet.csv");
    }

    Path mapping() {
      return folder.resolve("mapping.properties");
    }

    Path rejects() {
      return folder.resolve("rejects.csv");
    }

    Optional<LegacyImport.Outcome> dryRun() {
      return Optional.ofNullable(dryRun);
    }

    /** Deletes the folder and everything in it. */
    void delete() {
      if (!Files.exists(folder)) {
        return;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not delete an uploaded register's folder", e);
      }
    }

    @Override
    public void valueUnbound(HttpSessionBindingEvent event) {
      delete();
    }

    /** Shows nothing of the upload, which holds personal data. */
    @Override
    public String toString() {
      return "Upload";
    }
  }

  /**
   * Keeps an uploaded sheet and mapping in a new owner-only temporary folder.
   *
   * @param sheet the spreadsheet saved as CSV
   * @param mapping the mapping file
   * @return the upload
   * @throws IOException if the files cannot be written
   */
  Upload receive(InputStream sheet, InputStream mapping) throws IOException {
    Path folder = Files.createTempDirectory("dsr-migration-", ownerOnly(OWNER_ONLY_DIRECTORY));
    Upload upload = new Upload(folder);
    try {
      write(sheet, upload.sheet());
      write(mapping, upload.mapping());
    } catch (IOException | RuntimeException e) {
      upload.delete();
      throw e;
    }
    return upload;
  }

  private static void write(InputStream in, Path file) throws IOException {
    Files.createFile(file, ownerOnly(OWNER_ONLY_FILE));
    try (var out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
      in.transferTo(out);
    }
  }

  private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      throw new IllegalStateException(
          "uploads need a file system with owner-only permissions (POSIX)");
    }
    return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)};
  }

  /**
   * Reads the upload's mapping.
   *
   * @param upload the upload
   * @return the mapping
   * @throws IOException if it cannot be read
   * @throws org.opendsr.core.ValidationException naming every bad key (with the allowed ones)
   */
  ColumnMapping mapping(Upload upload) throws IOException {
    return ColumnMapping.read(upload.mapping());
  }

  /**
   * Checks every row as the import would, and writes nothing: the writes are made where they are
   * undone at the end (a database transaction rolled back, or a stage never written to the store).
   * The rows left out are written, with their problems, to the upload's rejects file.
   *
   * @param upload the upload
   * @param mapping its mapping
   * @param actor the coordinator
   * @return what the import would do, partially
   * @throws IOException if a file cannot be read or written
   */
  LegacyImport.Outcome dryRun(Upload upload, ColumnMapping mapping, Actor actor)
      throws IOException {
    BatchingRegisterStore staged = new BatchingRegisterStore(store);
    DynamicSupportRegister scratch =
        DynamicSupportRegister.create(staged, clock, calendar, policyFor(mapping));
    Files.deleteIfExists(upload.rejects());
    Files.createFile(upload.rejects(), ownerOnly(OWNER_ONLY_FILE));
    LegacyImport.Outcome outcome =
        LegacyImport.run(
            upload.sheet(),
            mapping,
            scratch,
            scratch::handle,
            settings(actor, true, Optional.of(upload.rejects())),
            neverKept(staged),
            LegacyImport.Listener.none());
    upload.dryRun = outcome;
    return outcome;
  }

  /**
   * A unit of work that keeps nothing: with a database, one transaction that is always rolled back,
   * the stage written into it at each checkpoint so memory stays bounded; without one, the stage is
   * never written to the store.
   */
  private LegacyImport.UnitOfWork neverKept(BatchingRegisterStore staged) {
    return new LegacyImport.UnitOfWork() {
      private Transaction transaction;

      @Override
      public void begin() {
        transaction = database.map(DsrDatabase::begin).orElse(null);
      }

      @Override
      public void checkpoint() {
        if (transaction != null) {
          staged.flush();
        }
      }

      @Override
      public void commit() {
        rollback();
      }

      @Override
      public void rollback() {
        if (transaction != null) {
          transaction.rollback();
        }
      }

      @Override
      public boolean undoes() {
        return true;
      }
    };
  }

  /**
   * Imports the upload, every write decided and audited as the coordinator's for register
   * administration, as {@code dsr import} does; then deletes the upload.
   *
   * @param upload the upload
   * @param mapping its mapping
   * @param actor the coordinator
   * @param partial true to write the good rows even if some rows are bad
   * @return what was done
   * @throws IOException if a file cannot be read
   */
  LegacyImport.Outcome confirm(Upload upload, ColumnMapping mapping, Actor actor, boolean partial)
      throws IOException {
    BatchingRegisterStore staged = new BatchingRegisterStore(store);
    BufferedAuditTrail buffered = new BufferedAuditTrail(audit);
    DynamicSupportRegister bulk =
        DynamicSupportRegister.create(staged, clock, calendar, policyFor(mapping));
    AccessControlledRegister audited = AccessControlledRegister.of(bulk, buffered, clock);
    try {
      return LegacyImport.run(
          upload.sheet(),
          mapping,
          bulk,
          command -> audited.handle(actor, AccessPurpose.REGISTER_ADMINISTRATION, command),
          settings(actor, partial, Optional.empty()),
          kept(staged, buffered),
          LegacyImport.Listener.none());
    } finally {
      upload.delete();
    }
  }

  /**
   * The writes and their audit records, staged and written at each checkpoint: in one database
   * transaction when there is a database (a rollback undoes them all), otherwise straight to the
   * store (and the import then checks the whole file before writing anything).
   */
  private LegacyImport.UnitOfWork kept(BatchingRegisterStore staged, BufferedAuditTrail buffered) {
    return new LegacyImport.UnitOfWork() {
      private Transaction transaction;

      @Override
      public void begin() {
        transaction = database.map(DsrDatabase::begin).orElse(null);
      }

      @Override
      public void checkpoint() {
        staged.flush();
        buffered.flush();
      }

      @Override
      public void commit() {
        checkpoint();
        if (transaction != null) {
          transaction.commit();
        }
      }

      @Override
      public void rollback() {
        if (transaction != null) {
          transaction.rollback();
        }
      }

      @Override
      public boolean undoes() {
        return database.isPresent();
      }
    };
  }

  private LocalPolicy policyFor(ColumnMapping mapping) {
    return mapping.suspectedAutism().map(policy::withSuspectedAutismAllowed).orElse(policy);
  }

  private LegacyImport.Settings settings(Actor actor, boolean partial, Optional<Path> rejects) {
    return new LegacyImport.Settings(
        actor.userId(),
        LocalDate.now(clock),
        partial,
        referrerEmail,
        Optional.empty(),
        Set.of(),
        rejects);
  }

  /** The problems of one page, and how many pages there are. */
  record Page<T>(List<T> items, int number, int pages) {}

  /**
   * One page of a list.
   *
   * @param all the list
   * @param number the page wanted, from 1; out of range gives the nearest page
   * @param size items per page
   * @return the page
   */
  static <T> Page<T> page(List<T> all, int number, int size) {
    int pages = Math.max(1, (all.size() + size - 1) / size);
    int n = Math.min(Math.max(1, number), pages);
    int from = (n - 1) * size;
    return new Page<>(all.subList(from, Math.min(all.size(), from + size)), n, pages);
  }
}
