package org.newsbeam.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * Reads the JSON that Beam's {@code RowJson} writes for a schema, in one streaming pass: no tree of
 * JSON nodes, no per-field streams, no re-validation of values the schema already typed. A field
 * missing or null in the JSON is null in the row; a value of the wrong type is an error. Beam's own
 * reader cost most of a rerun over stored annotations.
 */
final class RowJsonReader {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Schema schema;

  RowJsonReader(Schema schema) {
    this.schema = schema;
  }

  Row read(InputStream json) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      expect(parser, parser.nextToken(), JsonToken.START_OBJECT);
      Row row = readRow(parser, schema);
      if (parser.nextToken() != null) {
        throw new IOException("text after the JSON object at " + parser.currentLocation());
      }
      return row;
    }
  }

  /** The object whose START_OBJECT the parser is on. */
  private static Row readRow(JsonParser parser, Schema schema) throws IOException {
    Object[] values = new Object[schema.getFieldCount()];
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      if (!schema.hasField(name)) {
        parser.skipChildren();
        continue;
      }
      int index = schema.indexOf(name);
      values[index] = readValue(parser, token, schema.getField(index).getType());
    }
    expect(parser, parser.currentToken(), JsonToken.END_OBJECT);
    return Row.withSchema(schema).attachValues(Arrays.asList(values));
  }

  private static Object readValue(JsonParser parser, JsonToken token, Schema.FieldType type)
      throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    switch (type.getTypeName()) {
      case STRING:
        expect(parser, token, JsonToken.VALUE_STRING);
        return parser.getText();
      case INT32:
        expect(parser, token, JsonToken.VALUE_NUMBER_INT);
        return parser.getIntValue();
      case INT64:
        expect(parser, token, JsonToken.VALUE_NUMBER_INT);
        return parser.getLongValue();
      case DOUBLE:
        if (token != JsonToken.VALUE_NUMBER_INT) {
          expect(parser, token, JsonToken.VALUE_NUMBER_FLOAT);
        }
        return parser.getDoubleValue();
      case BOOLEAN:
        if (token != JsonToken.VALUE_TRUE) {
          expect(parser, token, JsonToken.VALUE_FALSE);
        }
        return parser.getBooleanValue();
      case ARRAY:
      case ITERABLE:
        expect(parser, token, JsonToken.START_ARRAY);
        List<Object> items = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          items.add(readValue(parser, next, type.getCollectionElementType()));
        }
        return items;
      case ROW:
        expect(parser, token, JsonToken.START_OBJECT);
        return readRow(parser, type.getRowSchema());
      default:
        throw new IOException("no JSON reading for fields of type " + type);
    }
  }

  private static void expect(JsonParser parser, JsonToken actual, JsonToken expected)
      throws IOException {
    if (actual != expected) {
      throw new IOException(
          "expected " + expected + " but found " + actual + " at " + parser.currentLocation());
    }
  }
}
