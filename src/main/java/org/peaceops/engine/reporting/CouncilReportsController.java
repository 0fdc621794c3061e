package org.peaceops.engine.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.peaceops.engine.transition.OperationAccess;
import org.peaceops.engine.transition.OperationCycle;
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
    private final IdentityService identityService;

    CouncilReportsController(
            OperationAccess access,
            CouncilReportRecords records,
            CouncilReportSchedule schedule,
            IdentityService identityService) {
        this.access = access;
        this.records = records;
        this.schedule = schedule;
        this.identityService = identityService;
    }

    @GetMapping("/council-reports")
    Map<String, Object> reports(@PathVariable String code) {
        access.require(code);
        return Map.of("period", schedule.period(code).toString(), "reports", records.reports(code));
    }

    /** Headquarters and the operation's mission leadership set the reporting period: {"period": "P60D"}. */
    @PutMapping("/report-period")
    Map<String, Object> period(@PathVariable String code, @RequestBody JsonNode body) {
        var transition = access.require(code);
        OperationCycle.requireScheduler(identityService, "set the reporting period");
        return Map.of("period", schedule.change(transition, body).toString());
    }
}
