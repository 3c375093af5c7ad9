package org.opendsr.examples.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Files and folders that may hold personal data (the register, its backups, FHIR exports, reports),
 * created readable by their owner only: files 0600, folders 0700. On a file system without POSIX
 * permissions (e.g. Windows) they are created as the system creates them, since there the folder's
 * access control list decides who may read them.
 */
final class PrivateFiles {

  /** Read and write for the owner only. */
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  /** Read, write and enter for the owner only. */
  static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

  private PrivateFiles() {}

  /**
   * Creates a folder and any missing parents, each created one 0700; folders that already exist are
   * left as they are (the user chose them).
   *
   * @param folder the folder
   * @return the folder
   * @throws IOException if it cannot be created
   */
  static Path folder(Path folder) throws IOException {
    Path absolute = folder.toAbsolutePath();
    List<Path> missing = new ArrayList<>();
    for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      try {
        if (posix(p.getParent())) {
          Files.createDirectory(p, PosixFilePermissions.asFileAttribute(FOLDER));
        } else {
          Files.createDirectory(p);
        }
      } catch (FileAlreadyExistsException raced) {
        // Created meanwhile by someone else: theirs, as it is.
      }
    }
    return folder;
  }

  /**
   * Makes a file ready to be written: creates it 0600 (and its folder) if missing, or makes an
   * existing one 0600, so what is written next is never readable by others, even for a moment.
   *
   * @param file the file
   * @return the file
   * @throws IOException if it cannot be created
   */
  static Path file(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      folder(parent);
    }
    if (Files.exists(file)) {
      restrict(file);
    } else if (posix(parent)) {
      FileAttribute<Set<PosixFilePermission>> owner = PosixFilePermissions.asFileAttribute(FILE);
      try {
        Files.createFile(file, owner);
      } catch (FileAlreadyExistsException raced) {
        restrict(file);
      }
    } else {
      Files.createFile(file);
    }
    return file;
  }

  /**
   * Makes an existing file 0600; does nothing if it is missing or the file system has no POSIX
   * permissions.
   *
   * @param file the file
   * @throws IOException if its permissions cannot be set
   */
  static void restrict(Path file) throws IOException {
    if (Files.exists(file) && posix(file)) {
      Files.setPosixFilePermissions(file, FILE);
    }
  }

  /** Whether the file system holding a path (or its nearest existing parent) is POSIX. */
  static boolean posix(Path path) throws IOException {
    Path p = path == null ? Path.of("").toAbsolutePath() : path.toAbsolutePath();
    while (p != null && !Files.exists(p)) {
      p = p.getParent();
    }
    return p != null
        && Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class);
  }
}
