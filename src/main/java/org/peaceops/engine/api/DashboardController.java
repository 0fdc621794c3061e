package org.peaceops.engine.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The transition dashboard that Cockpit's "Transitions" panel and tab draw: read-only, as of today,
 * over the caller's operations. Only the groups that follow the whole engine in Cockpit
 * ({@code transition.security.engine-readers}: managers and administrators) reach it; the web edge
 * refuses everyone else with 403 before it runs, since it counts every group's overdue tasks.
 */
@RestController
@RequestMapping("/api/dashboard")
class DashboardController {

    private final TransitionDashboard dashboard;

    DashboardController(TransitionDashboard dashboard) {
        this.dashboard = dashboard;
    }

    /** The operations in transition and those in the 24 months after theirs, by stage. */
    @GetMapping("/portfolio")
    Dashboard.Portfolio portfolio() {
        return dashboard.portfolio();
    }

    /** One operation: benchmarks and their trend, drawdown, open escalations, overdue tasks by group. */
    @GetMapping("/operations/{code}")
    Dashboard.OperationDashboard operation(@PathVariable String code) {
        return dashboard.operation(code);
    }
}
