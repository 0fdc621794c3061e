package org.peaceops.engine.portfolio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the portfolio import tests send and count: a small document of one operation, and the rows an
 * operation has in a table. ({@link PortfolioImportTest} and {@link PortfolioImportRefusalTest}.)
 */
final class PortfolioDocuments {

    static final ObjectMapper JSON = new ObjectMapper();

    private PortfolioDocuments() {}

    /**
     * One operation, {@code ALPHA} and the test's suffix, with a NUMBER, a PERCENT and an ORDINAL
     * indicator, and a second benchmark.
     */
    static ObjectNode smallDocument(String suffix) {
        ObjectNode document = JSON.createObjectNode();
        document.put("format", "transition-portfolio/1");
        document.putArray("operations").add(operation("ALPHA" + suffix));
        return document;
    }

    /** The operation of {@link #smallDocument}, under the code given. */
    static ObjectNode operation(String code) {
        ObjectNode operation = JSON.createObjectNode();
        operation
                .put("code", code)
                .put("name", "Test operation " + code)
                .put("type", "PKO")
                .put("hostCountry", "XAR");
        operation.putObject("transition").put("trigger", "PLANNED").put("startedOn", "2025-01-15");
        ArrayNode benchmarks = operation.putArray("benchmarks");
        ObjectNode b1 = benchmarks
                .addObject()
                .put("code", "B1")
                .put("title", "Security")
                .put("category", "SECURITY");
        ArrayNode indicators = b1.putArray("indicators");
        indicators
                .addObject()
                .put("code", "I1")
                .put("name", "Incidents")
                .put("type", "NUMBER")
                .put("baseline", 40)
                .put("target", 10)
                .putArray("measurements")
                .addObject()
                .put("asOf", "2025-06-30")
                .put("value", 30);
        indicators
                .addObject()
                .put("code", "I2")
                .put("name", "Coverage")
                .put("type", "PERCENT")
                .put("baseline", 20)
                .put("target", 80)
                .putArray("measurements")
                .addObject()
                .put("asOf", "2025-06-30")
                .put("value", 35);
        ObjectNode ordinal = indicators
                .addObject()
                .put("code", "I3")
                .put("name", "Capacity")
                .put("type", "ORDINAL")
                .put("baseline", 1)
                .put("target", 3);
        ordinal.putObject("scale").put("1", "low").put("2", "medium").put("3", "high");
        ordinal.putArray("measurements").addObject().put("asOf", "2025-06-30").put("value", 2);
        benchmarks.addObject().put("code", "B2").put("title", "Rule of law").put("category", "RULE_OF_LAW");
        return operation;
    }

    /** The rows of the operation {@code code} in {@code table}. */
    static long count(JdbcClient jdbc, String table, String code) {
        String column = table.equals("operation") ? "code" : "operation_code";
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
                .param(code)
                .query(Long.class)
                .single();
    }
}
