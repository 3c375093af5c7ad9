package org.opendsr.core.planted;

/** Planted violations: the register reaching out to an adapter, to Jackson, to the clock. */
public class CoreThatUsesJson {
  Object adapter = new org.opendsr.json.planted.JsonAdapterType();

  Object mapper() {
    return new com.tngtech.archunit.core.importer.ClassFileImporter();
  }
}
