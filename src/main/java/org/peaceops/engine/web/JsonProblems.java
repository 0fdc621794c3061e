package org.peaceops.engine.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.peaceops.engine.shared.FieldError;

/**
 * A request body that is no JSON, told in words for people: where it breaks (the JSON Pointer of the
 * value being read, e.g. {@code /value} for {@code {"value": NaN}}) and what is wrong, without the
 * parser's own vocabulary.
 */
public final class JsonProblems {

    private JsonProblems() {}

    public static FieldError of(JsonProcessingException e) {
        return new FieldError(pointer(e), message(e));
    }

    static String pointer(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder pointer = new StringBuilder();
            for (var reference : mapping.getPath()) {
                pointer.append('/')
                        .append(
                                reference.getFieldName() != null
                                        ? reference
                                                .getFieldName()
                                                .replace("~", "~0")
                                                .replace("/", "~1")
                                        : String.valueOf(reference.getIndex()));
            }
            return pointer.toString();
        }
        if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            return parser.getParsingContext().pathAsPointer().toString();
        }
        return "";
    }

    private static String message(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String where = e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
        if (original.contains("Non-standard token")) {
            return "the body is not valid JSON: NaN and Infinity are no numbers, a number must be finite" + where;
        }
        if (original.contains("end-of-input")) {
            return "the body is not valid JSON: it ends too early" + where;
        }
        return "the body is not valid JSON" + where;
    }
}
