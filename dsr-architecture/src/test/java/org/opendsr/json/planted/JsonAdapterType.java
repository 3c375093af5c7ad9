package org.opendsr.json.planted;

/** A stand-in adapter type, target of planted violations. */
public class JsonAdapterType {
  Object other = new org.opendsr.jdbc.planted.JdbcAdapterType();
}
