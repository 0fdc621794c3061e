package org.peaceops.engine.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The portfolio of issue 15 as transition-portfolio/1 documents: operations of 20 benchmarks × 2
 * indicators × 3 measurements; nine in ten completed in 2020–2022, one in ten ongoing. Seeded, so
 * every run imports the same data.
 */
final class SyntheticPortfolio {

    static final int BENCHMARKS = 20;
    static final int INDICATORS = 2;
    static final int MEASUREMENTS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CATEGORIES = {
        "SECURITY", "PROTECTION_OF_CIVILIANS", "POLITICAL", "RULE_OF_LAW", "SECURITY_SECTOR_REFORM", "DDR",
        "HUMAN_RIGHTS", "GENDER", "STATE_AUTHORITY", "HUMANITARIAN", "FINANCING", "OTHER"
    };
    private static final String[] STAGES = {"ASSESSMENT", "PLANNING", "DRAWDOWN", "CLOSURE"};

    private SyntheticPortfolio() {}

    static String name(int index) {
        return "Synthetic operation " + index;
    }

    static String code(int index) {
        return "SYN%05d".formatted(index);
    }

    /** Whether the operation at this index is one of the ongoing tenth. */
    static boolean ongoing(int index) {
        return index % 10 == 9;
    }

    /** The operations {@code 0..count-1} in documents of at most {@code chunk} operations each. */
    static List<ObjectNode> documents(int count, int chunk) {
        List<ObjectNode> documents = new ArrayList<>();
        for (int first = 0; first < count; first += chunk) {
            ObjectNode document = JSON.createObjectNode();
            document.put("format", "transition-portfolio/1");
            document.put("note", "synthetic portfolio of the performance bench");
            ArrayNode operations = document.putArray("operations");
            for (int i = first; i < Math.min(count, first + chunk); i++) {
                operations.add(operation(i));
            }
            documents.add(document);
        }
        return documents;
    }

    static ObjectNode operation(int index) {
        Random random = new Random(index);
        ObjectNode operation = JSON.createObjectNode();
        operation
                .put("code", code(index))
                .put("name", name(index))
                .put("type", index % 3 == 0 ? "SPM" : "PKO")
                .put("hostCountry", "X" + (char) ('A' + index % 26) + (char) ('A' + index / 26 % 26));
        ObjectNode transition = operation.putObject("transition");
        LocalDate started;
        if (ongoing(index)) {
            started = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
            transition.put("trigger", "COUNCIL_DECISION").put("startedOn", started.toString());
            transition.put("stage", STAGES[index / 10 % STAGES.length]);
        } else {
            LocalDate completed = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3 * 365));
            started = completed.minusDays(365 + random.nextInt(365));
            transition.put("trigger", "PLANNED").put("startedOn", started.toString());
            transition.put("completedOn", completed.toString());
        }
        ArrayNode benchmarks = operation.putArray("benchmarks");
        for (int b = 1; b <= BENCHMARKS; b++) {
            ObjectNode benchmark = benchmarks
                    .addObject()
                    .put("code", "B" + b)
                    .put("title", "Benchmark " + b)
                    .put("category", CATEGORIES[b % CATEGORIES.length])
                    .put("minimumCondition", b <= 3);
            ArrayNode indicators = benchmark.putArray("indicators");
            for (int i = 1; i <= INDICATORS; i++) {
                boolean percent = i % 2 == 0;
                ObjectNode indicator = indicators
                        .addObject()
                        .put("code", "B" + b + "." + i)
                        .put("name", "Indicator " + b + "." + i)
                        .put("type", percent ? "PERCENT" : "NUMBER")
                        .put("baseline", percent ? 10 : 500)
                        .put("target", percent ? 80 : 100);
                if (!percent) {
                    indicator.put("direction", "DECREASE");
                }
                ArrayNode measurements = indicator.putArray("measurements");
                for (int m = 0; m < MEASUREMENTS; m++) {
                    measurements
                            .addObject()
                            .put("asOf", started.plusMonths(4L * m).toString())
                            .put("value", percent ? random.nextInt(101) : random.nextInt(600));
                }
            }
        }
        return operation;
    }
}
