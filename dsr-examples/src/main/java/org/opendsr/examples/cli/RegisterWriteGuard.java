package org.opendsr.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.opendsr.core.DsrException;

/**
 * Keeps an embedded H2 register whole through a large write that a crash could interrupt.
 *
 * <p>H2 does not survive being killed while it commits a large transaction: the register's tables
 * stay locked on every later open, and part of the aborted write becomes visible. So before a large
 * write (an import) the register's file is copied aside while no connection has it open, and a
 * marker file says a guarded write is under way. The write finishes by closing the database and
 * deleting the marker, then the copy. Whenever the register is opened and the marker is there, the
 * write that made it never finished: the copy is put back first. Killed at any moment, the register
 * is afterwards exactly as before the write or exactly as after it, and opens.
 *
 * <p>Every step that changes the files is a copy to a temporary file, forced to disk, then renamed
 * over its target in one step, so an interrupted step leaves the marker to repeat it. A lock file
 * held for the whole guarded write keeps a second command from restoring the copy under it.
 *
 * <p>Only embedded H2 file databases are guarded: a server database (PostgreSQL, H2 over TCP)
 * commits or rolls back a transaction whole by itself, and an in-memory one dies with its process.
 */
final class RegisterWriteGuard implements AutoCloseable {

  /** What a marker says about the register before the write: copied aside, or not there yet. */
  private static final String COPIED = "before=copied";

  private static final String ABSENT = "before=absent";

  /** How long to wait for another command's brief check of the marker to end. */
  private static final long LOCK_WAIT_MILLIS = 3_000;

  /** Registers this process holds a guard on: their marker is its own write under way. */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final RegisterFiles files;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private boolean ended;

  private RegisterWriteGuard(RegisterFiles files, FileChannel lockChannel, FileLock lock) {
    this.files = files;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * Before a register is opened: if a guarded write to it never finished, puts the copy taken
   * before that write back. Does nothing for a database that is not an embedded H2 file.
   *
   * @param url the register's JDBC URL
   * @throws DsrException if another command is writing to the register, or the copy cannot be put
   *     back
   */
  @SuppressWarnings("try") // the lock is held for the body, not used in it
  static void recoverIfInterrupted(String url) {
    Optional<RegisterFiles> found = RegisterFiles.of(url);
    if (found.isEmpty() || HELD.contains(found.get().base())) {
      return;
    }
    RegisterFiles files = found.get();
    if (!Files.exists(files.marker())) {
      return;
    }
    try (FileChannel channel = files.openLock();
        FileLock lock = lock(channel)) {
      files.recover();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not restore the register after an interrupted write", e);
    }
  }

  /**
   * Before any command opens a register: creates its folder (0700) if missing, puts back the copy
   * of an interrupted write, and makes the register's files readable by their owner only (0600).
   * Does nothing for a database that is not an embedded H2 file.
   *
   * @param url the register's JDBC URL
   * @throws DsrException if another command is writing to the register
   * @throws UncheckedIOException if the folder or file cannot be made, or the copy put back
   */
  static void beforeOpen(String url) {
    Optional<RegisterFiles> found = RegisterFiles.of(url);
    if (found.isEmpty()) {
      return;
    }
    RegisterFiles files = found.get();
    try {
      PrivateFiles.folder(files.base().getParent());
      recoverIfInterrupted(url);
      afterOpen(url);
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare the register's folder", e);
    }
  }

  /**
   * Once a register is open (H2 creates a new register's file with the system's default
   * permissions): makes its files readable by their owner only (0600).
   *
   * @param url the register's JDBC URL
   * @throws UncheckedIOException if their permissions cannot be set
   */
  static void afterOpen(String url) {
    Optional<RegisterFiles> found = RegisterFiles.of(url);
    if (found.isPresent()) {
      try {
        PrivateFiles.restrict(found.get().database());
        PrivateFiles.restrict(found.get().sibling(".trace.db"));
      } catch (IOException e) {
        throw new UncheckedIOException("could not make the register's files private", e);
      }
    }
  }

  /**
   * Begins a guarded write: takes the copy, while no connection has the register open, and leaves
   * the marker. Call before the register is opened for the write.
   *
   * @param url the register's JDBC URL
   * @return the guard; a guard that does nothing if the database is not an embedded H2 file
   * @throws DsrException if another command or program has the register open
   */
  static RegisterWriteGuard begin(String url) {
    Optional<RegisterFiles> found = RegisterFiles.of(url);
    if (found.isEmpty()) {
      return new RegisterWriteGuard(null, null, null);
    }
    RegisterFiles files = found.get();
    FileChannel channel = null;
    try {
      PrivateFiles.folder(files.base().getParent());
      channel = files.openLock();
      FileLock lock = lock(channel);
      HELD.add(files.base());
      RegisterWriteGuard guard = new RegisterWriteGuard(files, channel, lock);
      try {
        files.recover();
        if (!Files.exists(files.database())) {
          // The import makes a new register: H2 starts it in an empty file, private from the start.
          PrivateFiles.file(files.database());
        }
        files.copyAside();
      } catch (IOException | RuntimeException e) {
        guard.close();
        throw e;
      }
      return guard;
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("could not copy the register aside before writing", e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  /**
   * Whether this guard protects a register (an embedded H2 file).
   *
   * @return true if it does
   */
  boolean active() {
    return files != null;
  }

  /**
   * Notes in the marker that the write is being committed (for anyone looking at the files).
   *
   * @throws UncheckedIOException if the marker cannot be written
   */
  void committing() {
    if (active() && !ended) {
      try {
        String before = Files.readString(files.marker()).lines().findFirst().orElse(COPIED);
        files.writeMarker(before + "\nphase=committing");
      } catch (IOException e) {
        throw new UncheckedIOException("could not note the commit in the write marker", e);
      }
    }
  }

  /**
   * The write ended and its outcome is known (committed, or rolled back), and the register is
   * closed: the register is kept as it is and the copy is dropped.
   *
   * @throws UncheckedIOException if the marker cannot be deleted (the next open then puts the copy
   *     back)
   */
  void finished() {
    if (active() && !ended) {
      try {
        files.requireClosed();
        Files.deleteIfExists(files.marker());
        files.forceFolder();
        Files.deleteIfExists(files.copy());
      } catch (IOException e) {
        throw new UncheckedIOException("could not finish the guarded write", e);
      } finally {
        close();
      }
    }
  }

  /**
   * The write's outcome is unknown, and the register is closed: puts the copy back, so the register
   * is exactly as before the write.
   *
   * @throws UncheckedIOException if the copy cannot be put back (the next open tries again)
   */
  void restore() {
    if (active() && !ended) {
      try {
        files.recover();
      } catch (IOException e) {
        throw new UncheckedIOException("could not put the register back as it was", e);
      } finally {
        close();
      }
    }
  }

  /**
   * Lets go of the lock. A write neither finished nor restored leaves its marker: the next open
   * puts the copy back.
   */
  @Override
  public void close() {
    if (active() && !ended) {
      ended = true;
      HELD.remove(files.base());
      try {
        lock.release();
      } catch (IOException e) {
        // The channel's closing below releases it too.
      }
      closeQuietly(lockChannel);
    }
  }

  private static FileLock lock(FileChannel channel) throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT_MILLIS * 1_000_000;
    while (true) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException held) {
        lock = null;
      }
      if (lock != null) {
        return lock;
      }
      if (System.nanoTime() > deadline) {
        throw new DsrException(
            "another dsr command is writing to this register; try again when it has finished");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DsrException("interrupted while waiting for another dsr command", e);
      }
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Closing a lock file: nothing was written through it.
      }
    }
  }

  /** The files of one embedded H2 register: the database, the copy, the marker, the lock. */
  record RegisterFiles(Path base) {

    /** The file of an embedded H2 register's URL, if it is one (not in memory, not a server). */
    static Optional<RegisterFiles> of(String url) {
      return embeddedFile(url).map(RegisterFiles::new);
    }

    /**
     * The file path (without H2's {@code .mv.db}) of an embedded H2 file database's URL: {@code
     * jdbc:h2:file:PATH}, {@code jdbc:h2:PATH}, {@code jdbc:h2:~/PATH}, options after {@code ;}.
     */
    static Optional<Path> embeddedFile(String url) {
      String prefix = "jdbc:h2:";
      if (!url.startsWith(prefix)) {
        return Optional.empty();
      }
      String rest = url.substring(prefix.length());
      int options = rest.indexOf(';');
      if (options >= 0) {
        rest = rest.substring(0, options);
      }
      if (rest.startsWith("file:")) {
        rest = rest.substring("file:".length());
      } else if (rest.matches("^[a-zA-Z]{2,}:.*")) {
        // mem:, tcp:, ssl:, zip:, split:, nio:... : not one plain file of this machine's.
        return Optional.empty();
      }
      if (rest.isEmpty()) {
        return Optional.empty();
      }
      if (rest.startsWith("~")) {
        rest = System.getProperty("user.home") + rest.substring(1);
      }
      return Optional.of(Path.of(rest).toAbsolutePath());
    }

    /** The database file itself. */
    Path database() {
      return sibling(".mv.db");
    }

    Path copy() {
      return sibling(".before-write.mv.copy");
    }

    Path marker() {
      return sibling(".write-unfinished");
    }

    Path lockFile() {
      return sibling(".write-guard.lock");
    }

    Path sibling(String suffix) {
      return base.resolveSibling(base.getFileName() + suffix);
    }

    FileChannel openLock() throws IOException {
      PrivateFiles.file(lockFile());
      return FileChannel.open(lockFile(), StandardOpenOption.WRITE);
    }

    /** Copies the register aside, then leaves the marker; the register must be closed. */
    void copyAside() throws IOException {
      if (Files.exists(database())) {
        requireClosed();
        replace(database(), copy());
        writeMarker(COPIED + "\nphase=writing");
      } else {
        Files.deleteIfExists(copy());
        writeMarker(ABSENT + "\nphase=writing");
      }
    }

    /** If the marker is there, puts the register back as it was and deletes the marker. */
    void recover() throws IOException {
      if (!Files.exists(marker())) {
        return;
      }
      requireClosed();
      String before = Files.readString(marker(), StandardCharsets.UTF_8);
      if (before.startsWith(COPIED)) {
        if (!Files.exists(copy())) {
          throw new IOException("the copy taken before an interrupted write is missing");
        }
        replace(copy(), database());
      } else {
        Files.deleteIfExists(database());
      }
      forceFolder();
      Files.delete(marker());
      forceFolder();
      Files.deleteIfExists(copy());
    }

    void writeMarker(String before) throws IOException {
      Path temporary = sibling(".write-unfinished.tmp");
      Files.deleteIfExists(temporary);
      PrivateFiles.file(temporary);
      Files.writeString(temporary, before + "\n", StandardCharsets.UTF_8);
      force(temporary);
      Files.move(
          temporary, marker(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      forceFolder();
    }

    /** Copies a file over another in one step: to a temporary file, forced, then renamed. */
    private void replace(Path from, Path to) throws IOException {
      Path temporary = to.resolveSibling(to.getFileName() + ".tmp");
      Files.deleteIfExists(temporary);
      PrivateFiles.file(temporary);
      Files.copy(from, temporary, StandardCopyOption.REPLACE_EXISTING);
      PrivateFiles.restrict(temporary);
      force(temporary);
      Files.move(
          temporary, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      forceFolder();
    }

    /** Fails unless no program (this one included) has the database open. */
    void requireClosed() throws IOException {
      if (!Files.exists(database())) {
        return;
      }
      try (FileChannel channel = FileChannel.open(database(), StandardOpenOption.WRITE)) {
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException open) {
          lock = null;
        }
        if (lock == null) {
          throw new DsrException(
              "the register is open in another program or command; close it and try again");
        }
        lock.release();
      }
    }

    private static void force(Path file) throws IOException {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
    }

    void forceFolder() {
      try (FileChannel channel = FileChannel.open(base.getParent(), StandardOpenOption.READ)) {
        channel.force(true);
      } catch (IOException | UnsupportedOperationException e) {
        // Not every system can force a folder; the renames are then as safe as it makes them.
      }
    }
  }
}
