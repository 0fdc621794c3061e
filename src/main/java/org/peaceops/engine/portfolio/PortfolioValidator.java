package org.peaceops.engine.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.peaceops.engine.benchmark.IndicatorValues;
import org.peaceops.engine.shared.CalendarDates;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.TextValues;
import org.springframework.stereotype.Component;

/**
 * Checks a transition-portfolio/1 document: first against the JSON schema shipped with the project,
 * then the rules a schema cannot say (real dates, codes unique in their scope, dates in order, values
 * of the indicator's type). Problems are errors; messy real data is accepted with warnings.
 */
@Component
public class PortfolioValidator {

    public static final String SCHEMA = "/portfolio/transition-portfolio.schema.json";
    private static final Pattern DATE_FIELD = Pattern.compile(
            "(startedOn|mandateEnd|withdrawalDeadline|completedOn|adopted|targetDate|plannedStart|plannedEnd|closedOn|date|asOf)");

    private final JsonSchema schema;

    public PortfolioValidator(ObjectMapper json) {
        try (InputStream in = PortfolioValidator.class.getResourceAsStream(SCHEMA)) {
            var schemaNode = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(in);
            // "$id": "transition-portfolio/1" names the format; it is no URI the validator could resolve
            schemaNode.remove("$id");
            var config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .build();
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schemaNode, config);
        } catch (IOException e) {
            throw new UncheckedIOException(SCHEMA, e);
        }
    }

    public Result validate(JsonNode document) {
        List<FieldError> errors = new ArrayList<>();
        for (ValidationMessage message : schema.validate(document)) {
            String path = message.getInstanceLocation().toString();
            errors.add(new FieldError(path, withoutPath(message.getMessage(), path)));
        }
        List<FieldError> warnings = new ArrayList<>();
        if (errors.isEmpty()) {
            new Rules(errors, warnings).check(document);
        }
        errors.sort((a, b) -> a.path().compareTo(b.path()));
        return new Result(List.copyOf(errors), List.copyOf(warnings));
    }

    private static String withoutPath(String message, String path) {
        String prefix = path + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    public record Result(List<FieldError> errors, List<FieldError> warnings) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The rules beyond the schema, for one document that the schema accepted. */
    private static final class Rules {
        private final List<FieldError> errors;
        private final List<FieldError> warnings;

        Rules(List<FieldError> errors, List<FieldError> warnings) {
            this.errors = errors;
            this.warnings = warnings;
        }

        void check(JsonNode document) {
            realDates(document, "");
            if (!errors.isEmpty()) {
                return;
            }
            Map<String, String> operationCodes = new HashMap<>();
            JsonNode operations = document.path("operations");
            for (int i = 0; i < operations.size(); i++) {
                JsonNode operation = operations.get(i);
                String path = "/operations/" + i;
                String code = operation.path("code").asText();
                String first = operationCodes.putIfAbsent(code, path);
                if (first != null) {
                    errors.add(new FieldError(
                            path + "/code", "duplicate operation code " + code + " (also at " + first + ")"));
                }
                operation(operation, path, code);
            }
        }

        private void operation(JsonNode operation, String path, String code) {
            JsonNode transition = operation.path("transition");
            LocalDate started = date(transition, "startedOn");
            LocalDate completed = date(transition, "completedOn");
            if (completed != null && completed.isBefore(started)) {
                errors.add(new FieldError(
                        path + "/transition/completedOn",
                        "completedOn " + completed + " is before startedOn " + started));
            }
            Set<String> benchmarkCodes = new HashSet<>();
            Set<String> indicatorCodes = new HashSet<>();
            JsonNode benchmarks = operation.path("benchmarks");
            for (int b = 0; b < benchmarks.size(); b++) {
                JsonNode benchmark = benchmarks.get(b);
                String benchmarkPath = path + "/benchmarks/" + b;
                unique(benchmarkCodes, benchmark.path("code").asText(), benchmarkPath + "/code", "benchmark", code);
                JsonNode indicators = benchmark.path("indicators");
                for (int n = 0; n < indicators.size(); n++) {
                    JsonNode indicator = indicators.get(n);
                    String indicatorPath = benchmarkPath + "/indicators/" + n;
                    unique(indicatorCodes, indicator.path("code").asText(), indicatorPath + "/code", "indicator", code);
                    indicator(indicator, indicatorPath, started, completed);
                }
            }
            Set<String> phaseNumbers = new HashSet<>();
            JsonNode phases = operation.path("phases");
            for (int p = 0; p < phases.size(); p++) {
                JsonNode phase = phases.get(p);
                String phasePath = path + "/phases/" + p;
                unique(phaseNumbers, phase.path("seq").asText(), phasePath + "/seq", "phase seq", code);
                sites(phase, phasePath);
            }
        }

        private void indicator(JsonNode indicator, String path, LocalDate started, LocalDate completed) {
            String type = indicator.path("type").asText();
            JsonNode scale = indicator.path("scale");
            if (!indicator.has("baseline") || !indicator.has("target")) {
                warnings.add(new FieldError(path, "indicator without a baseline or a target"));
            }
            if (indicator.has("baseline")) {
                value(type, scale, indicator.get("baseline"), path + "/baseline");
            }
            if (indicator.has("target")) {
                value(type, scale, indicator.get("target"), path + "/target");
            }
            JsonNode measurements = indicator.path("measurements");
            for (int m = 0; m < measurements.size(); m++) {
                JsonNode measurement = measurements.get(m);
                String measurementPath = path + "/measurements/" + m;
                value(type, scale, measurement.get("value"), measurementPath + "/value");
                LocalDate asOf = date(measurement, "asOf");
                if (asOf.isBefore(started) || (completed != null && asOf.isAfter(completed))) {
                    warnings.add(new FieldError(
                            measurementPath + "/asOf", "measurement dated " + asOf + " outside the transition"));
                }
            }
        }

        private void value(String type, JsonNode scale, JsonNode value, String path) {
            String problem = IndicatorValues.problem(type, scale, value);
            if (problem != null) {
                errors.add(new FieldError(path, problem));
            }
        }

        private void sites(JsonNode phase, String path) {
            String status = phase.path("status").asText("PLANNED");
            LocalDate plannedStart = date(phase, "plannedStart");
            JsonNode sites = phase.path("sites");
            for (int s = 0; s < sites.size(); s++) {
                JsonNode site = sites.get(s);
                String sitePath = path + "/sites/" + s;
                String siteStatus = site.path("status").asText("OPEN");
                LocalDate closedOn = date(site, "closedOn");
                if ("COMPLETED".equals(status) && "OPEN".equals(siteStatus)) {
                    warnings.add(new FieldError(sitePath, "phase COMPLETED but site still OPEN"));
                }
                if ("CLOSED".equals(siteStatus) && closedOn == null) {
                    warnings.add(new FieldError(sitePath, "site CLOSED without a date"));
                }
                if (closedOn != null && plannedStart != null && closedOn.isBefore(plannedStart)) {
                    warnings.add(new FieldError(
                            sitePath + "/closedOn",
                            "site closed on " + closedOn + ", before its phase's planned start " + plannedStart));
                }
            }
        }

        private void unique(Set<String> seen, String code, String path, String what, String operation) {
            if (!seen.add(code)) {
                errors.add(new FieldError(path, "duplicate " + what + " " + code + " in operation " + operation));
            }
        }

        /**
         * The schema's date pattern lets 2021-02-30 through: every date must be a real one, within
         * {@link CalendarDates}' bounds. Every other text is held to {@link TextValues}: no control
         * characters, and a length limit also where the schema sets none (the document's note).
         */
        private void realDates(JsonNode node, String path) {
            if (node.isObject()) {
                node.fields().forEachRemaining(field -> {
                    String fieldPath = path + "/" + field.getKey();
                    JsonNode value = field.getValue();
                    if (value.isTextual()
                            && DATE_FIELD.matcher(field.getKey()).matches()
                            && !realDate(value.asText())) {
                        errors.add(new FieldError(fieldPath, CalendarDates.refusal(field.getKey(), value.asText())));
                    } else if (value.isTextual() && TextValues.problem(value.asText()) != null) {
                        errors.add(new FieldError(fieldPath, TextValues.problem(value.asText())));
                    } else {
                        realDates(value, fieldPath);
                    }
                });
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    JsonNode item = node.get(i);
                    // texts in a list (a phase's areas) are held to the same rule as texts in an object
                    if (item.isTextual() && TextValues.problem(item.asText()) != null) {
                        errors.add(new FieldError(path + "/" + i, TextValues.problem(item.asText())));
                    } else {
                        realDates(item, path + "/" + i);
                    }
                }
            }
        }

        private static boolean realDate(String text) {
            return IndicatorValues.realDate(text);
        }

        private static LocalDate date(JsonNode node, String field) {
            return node.hasNonNull(field) ? CalendarDates.stored(node.get(field).asText()) : null;
        }
    }
}
