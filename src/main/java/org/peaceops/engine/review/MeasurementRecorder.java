package org.peaceops.engine.review;

import static org.peaceops.engine.review.BenchmarkReview.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.benchmark.Measurements;
import org.peaceops.engine.camunda.FormValues;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.stereotype.Component;

/**
 * Task_SubmitMeasurement, completed: stores the new value as any measurement is stored (typed, not
 * in the future, superseding an earlier value of the same date), or records why there is none. A
 * refused value keeps the task open, with the error on the form's field.
 */
@Component
public class MeasurementRecorder implements TaskListener {

    static final String NO_NEW_VALUE = "NONE";

    private final Measurements measurements;
    private final ReviewRecords records;
    private final CurrentUser currentUser;

    public MeasurementRecorder(Measurements measurements, ReviewRecords records, CurrentUser currentUser) {
        this.measurements = measurements;
        this.records = records;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateTask task) {
        String user = currentUser.completing(task);
        String indicatorCode = (String) task.getVariable(INDICATOR_CODE);
        if (NO_NEW_VALUE.equals(task.getVariable(NEW_MEASUREMENT))) {
            records.gap(
                    (Long) task.getVariable(REVIEW_ID), indicatorCode, FormValues.text(task, NO_VALUE_REASON), user);
            return;
        }
        String type = (String) task.getVariable(INDICATOR_TYPE);
        String field = valueField(type);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("asOf", FormValues.text(task, MEASURED_ON));
        body.set("value", value(type, task.getVariable(field)));
        body.put("note", FormValues.text(task, MEASUREMENT_NOTE));
        try {
            measurements.record(task.getExecution().getProcessBusinessKey(), indicatorCode, body, user);
        } catch (InputRejectedException e) {
            // the API's paths (/asOf, /value, /note) become the form's fields
            Map<String, String> fields = Map.of("/asOf", MEASURED_ON, "/value", field, "/note", MEASUREMENT_NOTE);
            throw new InputRejectedException(
                    e.status(),
                    e.errors().stream()
                            .map(error ->
                                    new FieldError(fields.getOrDefault(error.path(), error.path()), error.message()))
                            .toList());
        }
    }

    private static String valueField(String type) {
        return switch (type) {
            case "BOOLEAN" -> MEASURED_TRUE;
            case "MILESTONE" -> MEASURED_DATE;
            default -> MEASURED_NUMBER;
        };
    }

    private static JsonNode value(String type, Object submitted) {
        if (submitted == null) {
            return NullNode.instance;
        }
        return switch (type) {
            case "BOOLEAN" -> BooleanNode.valueOf(Boolean.parseBoolean(submitted.toString()));
            case "MILESTONE" -> TextNode.valueOf(submitted.toString());
            default -> {
                if (!(submitted instanceof Number)) {
                    yield TextNode.valueOf(submitted.toString());
                }
                BigDecimal number = new BigDecimal(submitted.toString()).stripTrailingZeros();
                yield number.scale() <= 0 && number.precision() < 19
                        ? LongNode.valueOf(number.longValueExact())
                        : DecimalNode.valueOf(number);
            }
        };
    }
}
