package org.opendsr.jdbc;

import org.opendsr.core.DsrException;

/**
 * {@link DsrDatabase#open} found no register in the database: it is empty, or holds another
 * application's tables but not the register's schema. Nothing was created; {@link
 * DsrDatabase#migrate} creates the schema, for a caller that means to write a register there.
 */
public final class NoRegisterException extends DsrException {

  private static final long serialVersionUID = 1L;

  /** Creates the error. */
  public NoRegisterException() {
    super("the database holds no register: it has no OpenDSR schema, and none was created");
  }
}
