package org.peaceops.engine.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.peaceops.engine.benchmark.Forecast;
import org.peaceops.engine.reporting.TransitionStatusReport;
import org.peaceops.engine.reporting.TransitionStatusReport.OperationStatus;
import org.peaceops.engine.reporting.TransitionStatusReport.Report;

/** The transition status report as Markdown (to paste into a report) and as CSV (a row per operation). */
final class ReportFormats {

    static final List<String> BENCHMARK_STATUSES = List.of("ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NO_DATA");

    static final List<String> CSV_HEADER = List.of(
            "asOf",
            "code",
            "name",
            "status",
            "startedOn",
            "completedOn",
            "stage",
            "sitesTotal",
            "sitesClosed",
            "lastPbcAdvice",
            "openEscalations",
            "benchmarksAchieved",
            "benchmarksOnTrack",
            "benchmarksAtRisk",
            "benchmarksOffTrack",
            "benchmarksNoData",
            "lastRelapseCheck",
            "relapseRisk",
            "forecastDate",
            "forecastReason",
            "hrddpSupport",
            "hrddpSupportWithConditions",
            "hrddpWithheld");

    private ReportFormats() {}

    static String markdown(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# Transition status report as of ").append(report.asOf()).append("\n\n");
        md.append("Operations in transition on ")
                .append(report.asOf())
                .append(", and those that completed their transition in the 24 months before it")
                .append(" (Security Council resolution 2594 (2021), paragraph 14).\n");
        if (report.operations().isEmpty()) {
            md.append("\nNo operation was in transition, or within 24 months of completing it, on that day.\n");
        }
        for (OperationStatus operation : report.operations()) {
            md.append("\n## ")
                    .append(operation.code())
                    .append(": ")
                    .append(inline(operation.name()))
                    .append("\n\n");
            md.append("- Status: ")
                    .append(
                            TransitionStatusReport.TRANSITIONED.equals(operation.status())
                                    ? "transitioned, completed on " + operation.completedOn()
                                    : "in transition since " + operation.startedOn())
                    .append("\n");
            md.append("- Stage today: ").append(operation.stage()).append("\n");
            md.append("- Sites closed: ")
                    .append(operation.sites().closed())
                    .append(" of ")
                    .append(operation.sites().total())
                    .append("\n");
            md.append("- Latest advice of the Peacebuilding Commission: ")
                    .append(
                            operation.lastPbcAdvice() == null
                                    ? "none on record"
                                    : operation.lastPbcAdvice().date()
                                            + (operation.lastPbcAdvice().topic() == null
                                                    ? ""
                                                    : " ("
                                                            + inline(operation
                                                                    .lastPbcAdvice()
                                                                    .topic()) + ")"))
                    .append("\n");
            md.append("- Open escalations: ")
                    .append(operation.openEscalations())
                    .append("\n");
            md.append("- Readiness forecast (all benchmarks met): ")
                    .append(said(operation.forecast()))
                    .append("\n");
            md.append("- Human rights screenings of receiving units: ")
                    .append(hrddp(operation))
                    .append("\n");
            if (TransitionStatusReport.TRANSITIONED.equals(operation.status())) {
                md.append("- Post-transition monitoring: ")
                        .append(relapse(operation.lastRelapseCheck()))
                        .append("\n");
            }
            if (operation.benchmarks().isEmpty()) {
                md.append("\nNo benchmarks on record.\n");
                continue;
            }
            md.append("\n| Benchmark | Status | Forecast |\n|---|---|---|\n");
            operation.benchmarks().forEach(benchmark -> md.append("| ")
                    .append(benchmark.code())
                    .append(": ")
                    .append(inline(benchmark.title()).replace("|", "\\|"))
                    .append(" | ")
                    .append(benchmark.status())
                    .append(" | ")
                    .append(said(benchmark.forecast()))
                    .append(" |\n"));
        }
        return md.toString();
    }

    static String csv(Report report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(CSV_HEADER);
            for (OperationStatus operation : report.operations()) {
                csv.printRecord(
                        report.asOf(),
                        operation.code(),
                        operation.name(),
                        operation.status(),
                        operation.startedOn(),
                        text(operation.completedOn()),
                        operation.stage(),
                        operation.sites().total(),
                        operation.sites().closed(),
                        operation.lastPbcAdvice() == null
                                ? ""
                                : operation.lastPbcAdvice().date(),
                        operation.openEscalations(),
                        count(operation, "ACHIEVED"),
                        count(operation, "ON_TRACK"),
                        count(operation, "AT_RISK"),
                        count(operation, "OFF_TRACK"),
                        count(operation, "NO_DATA"),
                        operation.lastRelapseCheck() == null
                                ? ""
                                : operation.lastRelapseCheck().checkedOn(),
                        operation.lastRelapseCheck() == null
                                ? ""
                                : operation.lastRelapseCheck().relapseRisk(),
                        text(operation.forecast().date()),
                        operation.forecast().reason() == null
                                ? ""
                                : operation.forecast().reason(),
                        screenings(operation, "SUPPORT"),
                        screenings(operation, "SUPPORT_WITH_CONDITIONS"),
                        screenings(operation, "WITHHOLD"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The screenings counted by decision, and each withheld handover with its unit and what followed. */
    private static String hrddp(OperationStatus operation) {
        if (operation.hrddpScreenings().isEmpty()) {
            return "none on record";
        }
        StringBuilder said = new StringBuilder()
                .append(screenings(operation, "SUPPORT"))
                .append(" supported, ")
                .append(screenings(operation, "SUPPORT_WITH_CONDITIONS"))
                .append(" supported with conditions, ")
                .append(screenings(operation, "WITHHOLD"))
                .append(" withheld");
        operation.hrddpScreenings().stream()
                .filter(h -> "WITHHOLD".equals(h.decision()))
                .forEach(h -> said.append("; withheld on ")
                        .append(h.screenedOn())
                        .append(": ")
                        .append(h.site() == null ? "a rule-of-law function" : "site " + inline(h.site()))
                        .append(" to ")
                        .append(inline(h.receivingUnit()))
                        .append(
                                h.insteadOfWithheld() == null
                                        ? ", not yet decided instead"
                                        : "CLOSE_WITHOUT_HANDOVER".equals(h.insteadOfWithheld())
                                                ? ", closed without that handover"
                                                : ", another unit chosen instead"));
        return said.toString();
    }

    private static long screenings(OperationStatus operation, String decision) {
        return operation.hrddpScreenings().stream()
                .filter(h -> decision.equals(h.decision()))
                .count();
    }

    private static String relapse(TransitionStatusReport.RelapseCheck check) {
        if (check == null) {
            return "no check for relapse yet";
        }
        String when = "last check on " + check.checkedOn() + " (quarter " + check.quarter() + "): ";
        if (!check.relapseRisk()) {
            return when + "no sign of relapse" + humanRights(check);
        }
        return when + "risk of relapse, " + inline(check.findings())
                + (check.referral() == null ? ", not yet referred" : ", referred to " + check.referral())
                + humanRights(check);
    }

    /** The check's human rights answers in words; nothing for a check from before they were asked. */
    private static String humanRights(TransitionStatusReport.RelapseCheck check) {
        if (check.humanRightsViolations() == null || check.civicSpace() == null) {
            return "";
        }
        String violations =
                switch (check.humanRightsViolations()) {
                    case "FEWER" -> "fewer";
                    case "STABLE" -> "about the same";
                    case "RISING" -> "rising";
                    case "SHARPLY_RISING" -> "rising sharply";
                    default -> check.humanRightsViolations();
                };
        String civicSpace =
                switch (check.civicSpace()) {
                    case "OPEN" -> "open";
                    case "NARROWED" -> "narrowed";
                    case "CLOSED" -> "closed";
                    default -> check.civicSpace();
                };
        return "; human rights violations reported: " + violations + ", civic space: " + civicSpace;
    }

    /** A forecast in words: met on a day, expected by a day, or why there is no day. */
    private static String said(Forecast forecast) {
        if (forecast.date() == null) {
            return forecast.reason();
        }
        return (forecast.met() ? "met on " : "by ") + forecast.date();
    }

    private static long count(OperationStatus operation, String status) {
        return operation.benchmarks().stream()
                .filter(benchmark -> benchmark.status().equals(status))
                .count();
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** One line of Markdown text: line breaks would break a list item or a table row. */
    private static String inline(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
