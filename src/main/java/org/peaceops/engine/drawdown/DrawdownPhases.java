package org.peaceops.engine.drawdown;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The drawdown phases of an operation as the lifecycle walks them, in sequence: every phase that is
 * neither completed nor cancelled, so that an imported operation resumes at its first open phase.
 */
@Component("drawdownPhases")
public class DrawdownPhases {

    private final JdbcClient jdbc;

    public DrawdownPhases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The variable that holds the phases the drawdown walks, fixed when it starts walking them. */
    public static final String PHASE_IDS = "drawdownPhaseIds";

    /**
     * Fixes the phases to walk ("12,13"): a sequential multi-instance reads its collection again
     * before each instance, and the open phases shrink as each one ends.
     */
    public void fix(DelegateExecution execution) {
        execution.setVariable(
                PHASE_IDS,
                String.join(",", open(execution).stream().map(String::valueOf).toList()));
    }

    /** The collection of the multi-instance: the fixed phase ids. */
    public List<Long> ids(String fixed) {
        return Arrays.stream(fixed.split(",")).map(Long::valueOf).toList();
    }

    /** Every phase neither completed nor cancelled, in order. */
    public List<Long> open(DelegateExecution execution) {
        return jdbc.sql(
                        """
                select id from phase where operation_code = ? and status not in ('COMPLETED', 'CANCELLED')
                order by seq""")
                .param(execution.getProcessBusinessKey())
                .query(Long.class)
                .list();
    }

    public boolean anyOpen(DelegateExecution execution) {
        return !open(execution).isEmpty();
    }

    /**
     * Task_RecordPhaseEnded, created: the phase's name for the task and its form (input mappings of a
     * multi-instance activity run before its element variable is set, so this cannot be one).
     */
    public void describe(DelegateTask task) {
        String name = name((Long) task.getVariable("phaseId"));
        task.setName("Record the end of " + name);
        task.getExecution().setVariableLocal("phaseName", name);
    }

    /** "Phase 5: Disengagement phase 2: North Kivu", for the task's name. */
    public String name(long phaseId) {
        return jdbc.sql("select seq, name from phase where id = ?")
                .param(phaseId)
                .query((rs, n) -> "phase " + rs.getInt(1) + " (" + rs.getString(2) + ")")
                .single();
    }

    /**
     * When the drawdown of a transition without phases on record is due to end: its withdrawal
     * deadline, else the end of its mandate, else none.
     */
    public Date withdrawalDeadline(DelegateExecution execution) {
        return jdbc.sql("select coalesce(withdrawal_deadline, mandate_end) from transition where operation_code = ?")
                .param(execution.getProcessBusinessKey())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .optional()
                .flatMap(deadline -> deadline)
                .map(deadline -> Date.from(deadline.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .orElse(null);
    }

    /** The phase's planned end as the task's due date, or none. */
    public Date plannedEnd(long phaseId) {
        return jdbc.sql("select planned_end from phase where id = ?")
                .param(phaseId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single()
                .map(end -> Date.from(end.atStartOfDay(ZoneOffset.UTC).toInstant()))
                .orElse(null);
    }

    /**
     * A drawdown without phases on record ended: it is recorded as its one phase, so that the
     * operation's phases say when its drawdown ended.
     */
    public void endedWithoutPhases(String operationCode, LocalDate endedOn, String summary) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from phase where operation_code = ?")
                .param(operationCode)
                .query(Integer.class)
                .single();
        jdbc.sql(
                        """
                insert into phase (operation_code, seq, name, status, ended_on, end_summary)
                values (?, ?, 'Drawdown', 'COMPLETED', ?, ?)""")
                .params(operationCode, seq, endedOn, summary)
                .update();
    }

    public void ended(long phaseId, LocalDate endedOn, String summary) {
        jdbc.sql("update phase set status = 'COMPLETED', ended_on = ?, end_summary = ? where id = ?")
                .params(endedOn, summary, phaseId)
                .update();
    }
}
