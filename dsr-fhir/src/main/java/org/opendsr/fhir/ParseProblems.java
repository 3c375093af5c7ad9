package org.opendsr.fhir;

import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opendsr.core.Violation;

/**
 * HAPI's parser error handler for imports: instead of logging each problem (HAPI's lenient handler
 * logs unknown element names at WARN, and those names are input) or throwing with a message that
 * quotes the input (its strict handler), it collects one rule per kind of problem. The element
 * names and values HAPI passes in are never kept.
 */
final class ParseProblems extends ErrorHandlerAdapter {

  private final Set<String> rules = new LinkedHashSet<>();

  /**
   * The problems found, each on the Bundle as a whole; HAPI gives no position in the Bundle.
   *
   * @return the problems, empty if the text parsed cleanly
   */
  List<Violation> violations() {
    return rules.stream().map(rule -> Violation.of("Bundle", rule)).toList();
  }

  @Override
  public void unknownElement(IParseLocation location, String elementName) {
    rules.add("has an element FHIR R4 does not define");
  }

  @Override
  public void unknownAttribute(IParseLocation location, String attributeName) {
    rules.add("has an element FHIR R4 does not define");
  }

  @Override
  public void incorrectJsonType(
      IParseLocation location,
      String elementName,
      BaseJsonLikeValue.ValueType expected,
      BaseJsonLikeValue.ScalarType expectedScalar,
      BaseJsonLikeValue.ValueType found,
      BaseJsonLikeValue.ScalarType foundScalar) {
    rules.add("has an element of the wrong JSON type");
  }

  @Override
  public void invalidValue(IParseLocation location, String value, String error) {
    rules.add("has an element whose value is not valid for its type");
  }

  @Override
  public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
    rules.add("repeats an element that may appear only once");
  }

  @Override
  public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
    rules.add("has an extension with both a value and nested extensions");
  }

  @Override
  public void containedResourceWithNoId(IParseLocation location) {
    rules.add("has a contained resource without an id");
  }
}
