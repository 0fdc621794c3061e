package org.peaceops.engine.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.peaceops.engine.shared.GeneratedIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Secretary-General's reports on an operation, as they are drafted, reviewed, cleared and submitted. */
@Repository
public class CouncilReportRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    public CouncilReportRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long open(String operationCode, String processInstanceId, LocalDate dueOn) {
        return GeneratedIds.insert(
                jdbc,
                "insert into council_report (operation_code, process_instance_id, opened_at, due_on) values (?, ?, ?, ?)",
                operationCode,
                processInstanceId,
                Timestamp.from(clock.instant()),
                dueOn);
    }

    /** A draft of the transition section: the report's current one, and a round kept with the others. */
    public void drafted(long reportId, String section, String link, String user) {
        step(reportId, "DRAFT", null, section, link, user);
        update("transition_section = ?, draft_link = ?, drafted_by = ?", reportId, section, link, user);
    }

    public void genderReviewed(long reportId, String findings, String user) {
        step(reportId, "GENDER_REVIEW", null, findings, null, user);
        update("gender_findings = ?, gender_reviewed_by = ?", reportId, findings, user);
    }

    public void cleared(long reportId, String clearance, String returnReasons, String user) {
        step(reportId, "CLEARANCE", clearance, returnReasons, null, user);
        update("clearance = ?, return_reasons = ?, cleared_by = ?", reportId, clearance, returnReasons, user);
    }

    private void step(long reportId, String step, String decision, String text, String link, String user) {
        jdbc.sql(
                        """
                insert into council_report_step (report_id, step, decision, text, link, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(reportId, step, decision, text, link, user, Timestamp.from(clock.instant()))
                .update();
    }

    public void submitted(long reportId, String symbol, LocalDate submittedOn, String user) {
        update("report_symbol = ?, submitted_on = ?, submitted_by = ?", reportId, symbol, submittedOn, user);
    }

    public List<Report> reports(String operationCode) {
        return jdbc.sql(
                        """
                select id, due_on, draft_link, clearance, return_reasons, report_symbol, submitted_on
                from council_report where operation_code = ? order by id desc""")
                .param(operationCode)
                .query((rs, n) -> new Report(
                        rs.getLong("id"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getString("draft_link"),
                        rs.getString("clearance"),
                        rs.getString("return_reasons"),
                        rs.getString("report_symbol"),
                        rs.getObject("submitted_on", LocalDate.class)))
                .list();
    }

    private void update(String assignments, long reportId, Object... values) {
        Object[] params = new Object[values.length + 1];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = reportId;
        jdbc.sql("update council_report set " + assignments + " where id = ?")
                .params(params)
                .update();
    }

    public record Report(
            long id,
            LocalDate dueOn,
            String draftLink,
            String clearance,
            String returnReasons,
            String reportSymbol,
            LocalDate submittedOn) {}
}
