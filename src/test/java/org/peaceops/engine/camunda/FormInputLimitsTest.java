package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.peaceops.engine.shared.FieldError;

/**
 * The limits every form field has, also where the form says nothing: dates within 1945-10-24 and
 * 2100-12-31, finite numbers (a NaN that reached the check used to end in a 500), texts of at most
 * 2,000 characters without control characters.
 */
class FormInputLimitsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static FormField field(String key, String type, Integer maxLength) {
        return new FormField(
                "Field_" + key,
                key,
                key,
                type,
                null,
                false,
                null,
                maxLength,
                null,
                null,
                null,
                null,
                List.of(),
                null,
                false,
                Map.of());
    }

    /** A form as a designer might leave it: no maximum length on its texts, no range on its number. */
    private static final CamundaForm UNBOUNDED = new CamundaForm(
            "form-unbounded",
            List.of(
                    field("signedOn", "datetime", null),
                    field("amount", "number", null),
                    field("summary", "textarea", null),
                    field("title", "textfield", 40)));

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("signedOn", "0000-01-01", "real calendar date"),
                Arguments.of("signedOn", "+99999-01-01", "real calendar date"),
                Arguments.of("signedOn", "-0001-01-01", "real calendar date"),
                Arguments.of("signedOn", "2021-02-30", "real calendar date"),
                Arguments.of("signedOn", "1945-10-23", "between 1945-10-24 and 2100-12-31"),
                Arguments.of("signedOn", "2101-01-01", "between 1945-10-24 and 2100-12-31"),
                Arguments.of("amount", Double.NaN, "must be a number"),
                Arguments.of("amount", Double.POSITIVE_INFINITY, "must be a number"),
                Arguments.of("amount", Double.NEGATIVE_INFINITY, "must be a number"),
                Arguments.of("amount", Float.NaN, "must be a number"),
                Arguments.of("amount", "NaN", "must be a number"),
                Arguments.of("amount", "Infinity", "must be a number"),
                Arguments.of("summary", "x".repeat(2001), "at most 2000 characters"),
                Arguments.of("summary", "before\u0000after", "control characters"),
                Arguments.of("summary", "\u001b[2J", "control characters"),
                Arguments.of("title", "x".repeat(41), "at most 40 characters"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused ({2})")
    @MethodSource("refusals")
    void aValueBeyondTheProjectsLimitsIsRefusedWithTheFieldNamed(String key, Object value, String reason) {
        List<FieldError> errors = FormInputCheck.check(UNBOUNDED, valuesWith(key, value)::get, TODAY);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo(key);
            assertThat(error.message()).contains(reason);
        });
    }

    static Stream<Arguments> acceptances() {
        return Stream.of(
                Arguments.of("signedOn", "1945-10-24"),
                Arguments.of("signedOn", "2100-12-31"),
                Arguments.of("signedOn", "2024-02-29"),
                Arguments.of("amount", 1.5e300),
                Arguments.of("amount", "-0.25"),
                Arguments.of("summary", "x".repeat(2000)),
                Arguments.of("summary", "first line\r\n\tsecond line"));
    }

    @ParameterizedTest(name = "{0} = {1} is accepted")
    @MethodSource("acceptances")
    void aValueAtTheEdgeOfTheLimitsIsAccepted(String key, Object value) {
        assertThat(FormInputCheck.check(UNBOUNDED, valuesWith(key, value)::get, TODAY))
                .isEmpty();
    }

    private static Map<String, Object> valuesWith(String key, Object value) {
        Map<String, Object> values = new HashMap<>();
        values.put(key, value);
        return values;
    }
}
