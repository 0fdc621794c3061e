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
import org.peaceops.engine.FormFiller;
import org.peaceops.engine.shared.FieldError;

/** The server's form check, field type by field type, against the project's own forms. */
class FormInputCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("form-start-transition", "operationCode", null, "is required"),
                Arguments.of("form-start-transition", "operationCode", "  ", "is required"),
                Arguments.of("form-start-transition", "operationCode", "monusco", "must be upper-case letters"),
                Arguments.of("form-start-transition", "operationCode", "A-VERY-LONG-OPERATION-CODE", "at most 20"),
                Arguments.of("form-start-transition", "hostCountry", "cod", "must be three upper-case letters"),
                Arguments.of("form-start-transition", "transitionTrigger", "WHIM", "must be one of"),
                Arguments.of("form-start-transition", "workingLanguage", "de", "must be one of"),
                Arguments.of("form-start-transition", "transitionStartedOn", "2021-02-30", "real calendar date"),
                Arguments.of("form-start-transition", "transitionStartedOn", "yesterday", "real calendar date"),
                Arguments.of("form-start-transition", "operationName", 42, "must be text"),
                Arguments.of("form-council-decision", "resolutionSymbol", "2594", "must be a resolution symbol"),
                Arguments.of("form-council-decision", "resolutionAdoptedOn", "2026-03-03", "may not be in the future"),
                Arguments.of("form-decide-paused-phase", "reviewAgainOn", "2026-03-02", "must be after today"),
                Arguments.of("form-consult-civil-society", "civilSocietyConsultationParticipants", -1, "at least 0"),
                Arguments.of("form-consult-civil-society", "civilSocietyConsultationParticipants", "many", "a number"),
                Arguments.of("form-consult-civil-society", "civilSocietyConsultationWomen", 1000, "may not exceed"),
                Arguments.of(
                        "form-draft-terms-of-reference",
                        "termsOfReferenceLink",
                        "file:///c:/tor.docx",
                        "must be a link starting with https://"));
    }

    @ParameterizedTest(name = "{0}: {1} = {2} is refused ({3})")
    @MethodSource("refusals")
    void aValueTheFormWouldRefuseIsRefusedWithTheFieldNamed(String formId, String key, Object value, String reason) {
        Map<String, Object> values = validValues(formId);
        values.put(key, value);

        List<FieldError> errors = FormInputCheck.check(FormFiller.form(formId), values::get, TODAY);

        // a participant count may also make the counts bounded by it invalid: look at the field itself
        assertThat(errors).filteredOn(e -> e.path().equals(key)).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo(key);
            assertThat(e.message()).contains(reason);
        });
    }

    static Stream<Arguments> acceptances() {
        return Stream.of(
                Arguments.of("form-start-transition", "transitionStartedOn", "2020-02-29"),
                Arguments.of("form-start-transition", "operationCode", "MINUJUSTH"),
                Arguments.of("form-council-decision", "resolutionAdoptedOn", "2026-03-02"),
                Arguments.of("form-council-decision", "councilNotes", null),
                Arguments.of("form-consult-civil-society", "civilSocietyConsultationRecordLink", null),
                Arguments.of("form-consult-civil-society", "civilSocietyConsultationWomen", 0));
    }

    @ParameterizedTest(name = "{0}: {1} = {2} is accepted")
    @MethodSource("acceptances")
    void aValueTheFormAcceptsIsAccepted(String formId, String key, Object value) {
        Map<String, Object> values = validValues(formId);
        values.put(key, value);

        assertThat(FormInputCheck.check(FormFiller.form(formId), values::get, TODAY))
                .isEmpty();
    }

    @ParameterizedTest(name = "outcome {0}: termination reason required = {1}")
    @MethodSource("terminationReasons")
    void theTerminationReasonIsRequiredOnlyWhenTheFormShowsIt(String outcome, boolean required) {
        Map<String, Object> values = validValues("form-council-decision");
        values.put("councilOutcome", outcome);
        values.remove("terminationReason");

        var errors = FormInputCheck.check(FormFiller.form("form-council-decision"), values::get, TODAY);

        assertThat(errors.stream().anyMatch(e -> e.path().equals("terminationReason")))
                .isEqualTo(required);
    }

    static Stream<Arguments> terminationReasons() {
        return Stream.of(
                Arguments.of("PROCEED", false), Arguments.of("REVISE", false), Arguments.of("TERMINATE", true));
    }

    private static Map<String, Object> validValues(String formId) {
        var filler = new FormFiller(java.time.Clock.fixed(
                TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC));
        return new HashMap<>(filler.fill(formId, Map.of("operationCode", "UNTMIS", "councilOutcome", "TERMINATE")));
    }
}
