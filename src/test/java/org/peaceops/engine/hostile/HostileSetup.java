package org.peaceops.engine.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.portfolio.PortfolioImport;
import org.peaceops.engine.review.BenchmarkReview;

/**
 * Operations of the hostile suites' own: one in drawdown whose benchmark review is open (with a
 * measurement task routed to the host government, worked by {@code monusco-host} as in the report),
 * and one whose lifecycle was just started (its first task is headquarters').
 */
final class HostileSetup {

    static final String HOST = "monusco-host";

    private static final String DOCUMENT =
            """
            {"format": "transition-portfolio/1", "operations": [{"code": "%1$s", "name": "Hostile test %1$s",
              "type": "PKO", "hostCountry": "XAR",
              "transition": {"trigger": "COUNCIL_DECISION", "startedOn": "2025-01-15", "stage": "DRAWDOWN"},
              "benchmarks": [
                {"code": "B1", "title": "National police deployed", "category": "SECURITY", "owner": "NATIONAL",
                 "targetDate": "2027-12-31",
                 "indicators": [
                   {"code": "B1.1", "name": "Police officers deployed", "type": "NUMBER",
                    "direction": "INCREASE", "baseline": 0, "target": 1000},
                   {"code": "B1.2", "name": "Police stations open", "type": "NUMBER",
                    "direction": "INCREASE", "baseline": 0, "target": 40}]}],
              "phases": [{"seq": 1, "name": "West", "status": "ONGOING",
                          "plannedStart": "2025-02-01", "plannedEnd": "2027-08-31"}]}]}
            """;

    private HostileSetup() {}

    static String newCode(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Imports an operation in drawdown and opens its benchmark review, as its leadership may ask. */
    static String operationUnderReview(
            ProcessEngine engine, PortfolioImport portfolio, ProcessDriver driver, int port) {
        String code = newCode("H");
        try {
            portfolio.importDocument(new ObjectMapper().readTree(DOCUMENT.formatted(code)), "hq-planner");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        engine.getIdentityService().createTenantUserMembership(code, HOST);
        driver.runJobs(code);
        new RestClient(port).post("/api/operations/" + code + "/reviews", "hq-planner", java.util.Map.of());
        driver.runJobs(code);
        return code;
    }

    static Task measurementTask(ProcessDriver driver, String code, String indicator) {
        return driver.task(code, BenchmarkReview.TASK_SUBMIT_MEASUREMENT, BenchmarkReview.INDICATOR_CODE, indicator);
    }
}
