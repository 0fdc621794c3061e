package org.peaceops.engine.risk;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.GeneratedIds;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.TextValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk register of an operation (resolution 2594, OP 1): what could go wrong in the transition,
 * how likely, how bad, who owns it and how it is mitigated.
 */
@Repository
public class RiskRegister {

    public static final List<String> CATEGORIES = List.of(
            "STABILITY",
            "GOVERNANCE",
            "RULE_OF_LAW",
            "POLITICAL",
            "ECONOMIC",
            "DEVELOPMENT",
            "HUMANITARIAN",
            "HUMAN_RIGHTS",
            "POC",
            "SECURITY",
            "FINANCING");
    public static final List<String> LEVELS = List.of("LOW", "MEDIUM", "HIGH");
    public static final List<String> STATUSES = List.of("OPEN", "MITIGATING", "ACCEPTED", "CLOSED");

    private static final Map<String, Field> FIELDS = fields();

    private final JdbcClient jdbc;
    private final Clock clock;

    public RiskRegister(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Risk add(String operationCode, JsonNode body) {
        return insert(operationCode, check(body, true));
    }

    /** A risk identified in a task, whose form already held it to the register's rules. */
    public Risk identified(String operationCode, IdentifiedRisk risk) {
        return insert(operationCode, values(risk));
    }

    /** A risk that those entitled to decide have accepted, with the justification as its mitigation. */
    public Risk accepted(String operationCode, IdentifiedRisk risk) {
        Map<String, String> values = values(risk);
        values.put("status", "ACCEPTED");
        return insert(operationCode, values);
    }

    /** A risk under mitigation: the mitigation is what its owner has committed to do. */
    public Risk mitigating(String operationCode, IdentifiedRisk risk) {
        Map<String, String> values = values(risk);
        values.put("status", "MITIGATING");
        return insert(operationCode, values);
    }

    /** Those entitled to decide accept the risk, with what they do about it as its mitigation. */
    public Risk acceptWith(String operationCode, long id, String mitigation) {
        jdbc.sql(
                        """
                update risk set status = 'ACCEPTED', mitigation = ?, updated_at = ? where id = ? and operation_code = ?""")
                .params(mitigation, Timestamp.from(clock.instant()), id, operationCode)
                .update();
        return find(operationCode, id);
    }

    /** The same risk, assessed again (a mitigation that was returned and drafted anew). */
    public Risk revised(String operationCode, long id, IdentifiedRisk risk) {
        jdbc.sql(
                        """
                update risk set category = ?, description = ?, likelihood = ?, impact = ?, owner = ?, mitigation = ?,
                                updated_at = ?
                where id = ? and operation_code = ?""")
                .params(
                        risk.category(),
                        risk.description(),
                        risk.likelihood(),
                        risk.impact(),
                        risk.owner(),
                        risk.mitigation(),
                        Timestamp.from(clock.instant()),
                        id,
                        operationCode)
                .update();
        return find(operationCode, id);
    }

    private static Map<String, String> values(IdentifiedRisk risk) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("category", risk.category());
        values.put("description", risk.description());
        values.put("likelihood", risk.likelihood());
        values.put("impact", risk.impact());
        values.put("owner", risk.owner());
        values.put("mitigation", risk.mitigation());
        return values;
    }

    private Risk insert(String operationCode, Map<String, String> values) {
        values.putIfAbsent("status", "OPEN");
        Timestamp now = Timestamp.from(clock.instant());
        long id = GeneratedIds.insert(
                jdbc,
                """
                insert into risk (operation_code, category, description, likelihood, impact, owner, mitigation, status,
                                  created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                operationCode,
                values.get("category"),
                values.get("description"),
                values.get("likelihood"),
                values.get("impact"),
                values.get("owner"),
                values.get("mitigation"),
                values.get("status"),
                now,
                now);
        return find(operationCode, id);
    }

    @Transactional
    public Risk update(String operationCode, long id, JsonNode body) {
        find(operationCode, id);
        Map<String, String> values = check(body, false);
        for (var change : values.entrySet()) {
            // column names come from the fixed field list, never from the request
            jdbc.sql("update risk set " + FIELDS.get(change.getKey()).column() + " = ?, updated_at = ? where id = ?")
                    .params(change.getValue(), Timestamp.from(clock.instant()), id)
                    .update();
        }
        return find(operationCode, id);
    }

    public Risk find(String operationCode, long id) {
        return risk(operationCode, id)
                .orElseThrow(() ->
                        InputRejectedException.notFound("id", "no risk " + id + " in operation " + operationCode));
    }

    private static Map<String, String> check(JsonNode body, boolean complete) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw InputRejectedException.invalid("", "the body must be a JSON object");
        }
        Map<String, String> values = new LinkedHashMap<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.containsKey(name)) {
                errors.add(new FieldError("/" + name, "is not a field of a risk; fields are " + FIELDS.keySet()));
            }
        });
        for (var entry : FIELDS.entrySet()) {
            String name = entry.getKey();
            Field field = entry.getValue();
            JsonNode value = body.get(name);
            if (value == null
                    || value.isNull()
                    || (value.isTextual() && value.asText().isBlank())) {
                if (complete && field.required()) {
                    errors.add(new FieldError("/" + name, "is required"));
                }
                continue;
            }
            if (!value.isTextual()) {
                errors.add(new FieldError("/" + name, "must be text"));
            } else if (field.allowed() != null && !field.allowed().contains(value.asText())) {
                errors.add(new FieldError(
                        "/" + name, "must be one of " + field.allowed() + ", not '" + value.asText() + "'"));
            } else if (TextValues.problem(value.asText(), field.maxLength()) != null) {
                errors.add(new FieldError("/" + name, TextValues.problem(value.asText(), field.maxLength())));
            } else {
                values.put(name, value.asText());
            }
        }
        if (!errors.isEmpty()) {
            throw InputRejectedException.invalid(errors);
        }
        return values;
    }

    private static Map<String, Field> fields() {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("category", new Field("category", true, Set.copyOf(CATEGORIES), 20));
        fields.put("description", new Field("description", true, null, 2000));
        fields.put("likelihood", new Field("likelihood", true, Set.copyOf(LEVELS), 10));
        fields.put("impact", new Field("impact", true, Set.copyOf(LEVELS), 10));
        fields.put("owner", new Field("owner", true, null, 255));
        fields.put("mitigation", new Field("mitigation", false, null, 4000));
        fields.put("status", new Field("status", false, Set.copyOf(STATUSES), 12));
        return fields;
    }

    private record Field(String column, boolean required, Set<String> allowed, int maxLength) {}

    public record IdentifiedRisk(
            String category, String description, String likelihood, String impact, String owner, String mitigation) {}

    private static final String SELECT_RISKS =
            "select id, category, description, likelihood, impact, owner, mitigation, status from risk where operation_code = ?";

    public List<Risk> risks(String operationCode) {
        return jdbc.sql(SELECT_RISKS + " order by id")
                .param(operationCode)
                .query(RiskRegister::risk)
                .list();
    }

    public Optional<Risk> risk(String operationCode, long id) {
        return jdbc.sql(SELECT_RISKS + " and id = ?")
                .params(operationCode, id)
                .query(RiskRegister::risk)
                .optional();
    }

    private static Risk risk(ResultSet rs, int row) throws SQLException {
        return new Risk(
                rs.getLong("id"),
                rs.getString("category"),
                rs.getString("description"),
                rs.getString("likelihood"),
                rs.getString("impact"),
                rs.getString("owner"),
                rs.getString("mitigation"),
                rs.getString("status"));
    }
}
