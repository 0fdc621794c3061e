package org.peaceops.engine.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.access.OperationAccess;
import org.peaceops.engine.lifecycle.OperationCycle;
import org.peaceops.engine.reporting.CouncilReportRecords;
import org.peaceops.engine.reporting.CouncilReportSchedule;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An operation's reports to the Security Council, and how often they come. */
@RestController
@RequestMapping("/api/operations/{code}")
class CouncilReportsController {

    private final OperationAccess access;
    private final CouncilReportRecords records;
    private final CouncilReportSchedule schedule;
    private final CurrentUser currentUser;

    CouncilReportsController(
            OperationAccess access,
            CouncilReportRecords records,
            CouncilReportSchedule schedule,
            CurrentUser currentUser) {
        this.access = access;
        this.records = records;
        this.schedule = schedule;
        this.currentUser = currentUser;
    }

    @GetMapping("/council-reports")
    Reports reports(@PathVariable String code) {
        access.require(code);
        return new Reports(schedule.period(code).toString(), records.reports(code));
    }

    /** Headquarters and the operation's mission leadership set the reporting period: {"period": "P60D"}. */
    @PutMapping("/report-period")
    Period period(@PathVariable String code, @RequestBody JsonNode body) {
        var transition = access.require(code);
        OperationCycle.requireScheduler(currentUser, "set the reporting period");
        return new Period(schedule.change(transition, body).toString());
    }

    /** The operation's reporting period (ISO-8601) and its reports to the Council. */
    record Reports(String period, List<CouncilReportRecords.Report> reports) {}

    /** How often the Secretary-General reports on the operation now (ISO-8601). */
    record Period(String period) {}
}
