package org.opendsr.fhir;

import java.util.List;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * A Bundle could not be read as a DSR record. Lists every problem found, each naming the resource
 * by its position in the Bundle and the element ({@code
 * Bundle.entry[0].Patient.identifier[0].value}) and the rule broken, never the value read nor the
 * resource id (which may be an NHS number). Nothing was imported.
 */
public class FhirImportException extends ValidationException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param violations the problems, in the order found; not empty
   */
  public FhirImportException(List<Violation> violations) {
    super(violations);
  }
}
