package org.peaceops.engine.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.engine.shared.CalendarDates;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.TextValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records measurements, one at a time or a whole spreadsheet (CSV) at once: a value must be of its
 * indicator's type and dated no later than today (UTC); a CSV is stored whole or not at all.
 */
@Service
public class Measurements {

    public static final String CSV_HEADER = "indicatorCode,asOf,value,note";

    private final BenchmarkRecords records;
    private final ObjectMapper json;
    private final Clock clock;

    public Measurements(BenchmarkRecords records, ObjectMapper json, Clock clock) {
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public long record(String operationCode, String indicatorCode, JsonNode body, String user) {
        var indicator = records.indicator(operationCode, indicatorCode)
                .orElseThrow(() -> InputRejectedException.notFound(
                        "indicatorCode", "no indicator " + indicatorCode + " in operation " + operationCode));
        List<FieldError> errors = new ArrayList<>();
        LocalDate asOf = asOf(body.get("asOf"), "/asOf", errors);
        JsonNode value = body.get("value");
        if (value == null || value.isNull()) {
            errors.add(new FieldError("/value", "is required"));
        } else {
            checkValue(indicator, value, "/value", errors);
        }
        JsonNode note = body.get("note");
        if (note != null && !note.isNull()) {
            String problem = note.isTextual() ? TextValues.problem(note.asText()) : "must be text";
            if (problem != null) {
                errors.add(new FieldError("/note", "note " + problem));
            }
        }
        if (!errors.isEmpty()) {
            throw InputRejectedException.invalid(errors);
        }
        return records.recordMeasurement(
                indicator.id(),
                asOf,
                IndicatorValues.asStored(value),
                note == null || note.isNull() ? null : note.asText(),
                user);
    }

    /** Stores every row of the CSV, or none: errors name the line, the header being line 1. */
    @Transactional
    public int recordCsv(String operationCode, String csv, String user) {
        String header = csv.lines().findFirst().orElse("").trim();
        if (!header.equals(CSV_HEADER)) {
            throw InputRejectedException.invalid(
                    "line 1", "the header must be " + CSV_HEADER + ", not '" + TextValues.shortened(header) + "'");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        List<CsvRows.Row> rows = CsvRows.read(csv, List.of(CSV_HEADER.split(",")));
        for (CsvRows.Row row : rows) {
            String line = "line " + row.line();
            if (row.problem() != null) {
                errors.add(new FieldError(line, row.problem()));
                continue;
            }
            String code = row.cell(0).trim();
            var indicator = records.indicator(operationCode, code);
            if (indicator.isEmpty()) {
                errors.add(new FieldError(
                        line, "no indicator " + TextValues.shortened(code) + " in operation " + operationCode));
                continue;
            }
            int before = errors.size();
            LocalDate asOf = asOf(TextNode.valueOf(row.cell(1).trim()), line, errors);
            JsonNode value = csvValue(indicator.get().type(), row.cell(2).trim());
            checkValue(indicator.get(), value, line, errors);
            String note = row.cell(3).isBlank() ? null : row.cell(3);
            if (errors.size() == before) {
                long indicatorId = indicator.get().id();
                writes.add(() ->
                        records.recordMeasurement(indicatorId, asOf, IndicatorValues.asStored(value), note, user));
            }
        }
        if (rows.isEmpty()) {
            errors.add(new FieldError("line 2", "the CSV has no measurements"));
        }
        if (!errors.isEmpty()) {
            throw InputRejectedException.invalid(errors);
        }
        writes.forEach(Runnable::run);
        return writes.size();
    }

    /** A template for the operation's indicators: the header and one row per indicator to fill in. */
    public String template(String operationCode) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (String code : records.indicatorCodes(operationCode)) {
            csv.append(code).append(",,,\r\n");
        }
        return csv.toString();
    }

    private LocalDate asOf(JsonNode node, String path, List<FieldError> errors) {
        if (node == null || node.isNull() || node.asText().isBlank()) {
            errors.add(new FieldError(path, "asOf is required (YYYY-MM-DD)"));
            return null;
        }
        LocalDate asOf = node.isTextual() ? CalendarDates.parse(node.asText()).orElse(null) : null;
        if (asOf == null) {
            errors.add(new FieldError(path, CalendarDates.refusal("asOf", node.asText())));
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        if (asOf.isAfter(today)) {
            errors.add(new FieldError(path, "asOf " + asOf + " is in the future (today is " + today + ", UTC)"));
        }
        return asOf;
    }

    private void checkValue(
            BenchmarkRecords.IndicatorRef indicator, JsonNode value, String path, List<FieldError> errors) {
        String problem = IndicatorValues.problem(indicator.type(), scale(indicator), value);
        if (problem != null) {
            errors.add(new FieldError(path, "indicator " + indicator.code() + ": " + problem));
        }
    }

    private JsonNode scale(BenchmarkRecords.IndicatorRef indicator) {
        try {
            return indicator.scale() == null ? null : json.readTree(indicator.scale());
        } catch (IOException e) {
            throw new IllegalStateException("scale of indicator " + indicator.code(), e);
        }
    }

    /** A CSV cell as the JSON value it stands for, given the indicator's type. */
    private static JsonNode csvValue(String type, String cell) {
        switch (type) {
            case "NUMBER", "PERCENT", "ORDINAL" -> {
                try {
                    BigDecimal number = new BigDecimal(cell);
                    return number.scale() <= 0 && "ORDINAL".equals(type)
                            ? com.fasterxml.jackson.databind.node.IntNode.valueOf(number.intValueExact())
                            : DecimalNode.valueOf(number);
                } catch (NumberFormatException | ArithmeticException e) {
                    return TextNode.valueOf(cell);
                }
            }
            case "BOOLEAN" -> {
                return "true".equalsIgnoreCase(cell) || "false".equalsIgnoreCase(cell)
                        ? BooleanNode.valueOf(Boolean.parseBoolean(cell.toLowerCase()))
                        : TextNode.valueOf(cell);
            }
            default -> {
                return TextNode.valueOf(cell);
            }
        }
    }
}
