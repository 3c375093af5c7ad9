package org.opendsr.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Parses one JSON document into a tree, strictly: one value and nothing after it, no field twice in
 * an object, nothing but standard JSON (the parser's defaults: no comments, no single quotes, no
 * NaN, no leading zeros). A syntax error is reported at the document ({@code $}) with the line and
 * column, never with the path reached (its names are not yet known to be the format's own) nor with
 * the parser's message, which quotes the input.
 */
final class TreeReader {

  private final JsonParser parser;

  private TreeReader(JsonParser parser) {
    this.parser = parser;
  }

  /** Parses the whole input of {@code parser}, then closes it. */
  static JsonNode parse(JsonFactory factory, ParserSource source) {
    try (JsonParser parser = source.open(factory)) {
      return new TreeReader(parser).document();
    } catch (JsonProcessingException e) {
      throw Problems.single(Paths.ROOT, "is not well-formed JSON" + where(e.getLocation()));
    } catch (IOException e) {
      throw new UncheckedIOException("the JSON document could not be read", e);
    }
  }

  /** Opens a parser over some input. */
  @FunctionalInterface
  interface ParserSource {
    /** Opens the parser. */
    JsonParser open(JsonFactory factory) throws IOException;
  }

  private JsonNode document() throws IOException {
    JsonNode root;
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw Problems.single(Paths.ROOT, "must be a JSON object; the document is empty");
      }
      root = value(first);
    } catch (JsonProcessingException e) {
      // Named by line and column, not by the path reached: the field names on that path are not
      // yet known to be the format's own, and an unknown name may be input (personal data).
      throw Problems.single(Paths.ROOT, "is not well-formed JSON" + where(e.getLocation()));
    }
    try {
      if (parser.nextToken() != null) {
        throw trailing();
      }
    } catch (JsonProcessingException e) {
      throw trailing();
    }
    return root;
  }

  private JsonFormatException trailing() {
    return Problems.single(
        Paths.ROOT,
        "must be a single JSON value with nothing after it" + where(parser.currentLocation()));
  }

  private JsonNode value(JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        ObjectNode object = Codecs.NODES.objectNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          if (object.has(name)) {
            throw Problems.single(
                Paths.ROOT,
                "has a field that appears twice in one object" + where(parser.currentLocation()));
          }
          object.set(name, value(parser.nextToken()));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = Codecs.NODES.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(value(t));
        }
        return array;
      case VALUE_STRING:
        return Codecs.NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return Codecs.NODES.numberNode(parser.getIntValue());
          case LONG:
            return Codecs.NODES.numberNode(parser.getLongValue());
          default:
            return Codecs.NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return Codecs.NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return Codecs.NODES.booleanNode(true);
      case VALUE_FALSE:
        return Codecs.NODES.booleanNode(false);
      case VALUE_NULL:
        return Codecs.NODES.nullNode();
      default:
        throw Problems.single(
            Paths.ROOT, "is not well-formed JSON" + where(parser.currentLocation()));
    }
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
