package org.opendsr.jdbc.planted;

/** A stand-in adapter type. */
public class JdbcAdapterType {}
