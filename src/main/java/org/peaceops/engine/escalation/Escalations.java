package org.peaceops.engine.escalation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Escalations: something that needs named groups' attention by a date. Each one comes with a
 * Tasklist task; it is open until that task is completed. The kind says what went wrong (a financial
 * cliff, overdue measurements), the subject what it is about within the operation (a benchmark).
 * The store of {@code escalation}.
 */
@Repository
public class Escalations {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public Escalations(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public void open(String operationCode, String kind, String subject, String reason, String groups, LocalDate dueOn) {
        open(operationCode, kind, subject, reason, groups, dueOn, null);
    }

    private void open(
            String operationCode,
            String kind,
            String subject,
            String reason,
            String groups,
            LocalDate dueOn,
            String taskId) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.sql(
                        """
                insert into escalation (operation_code, kind, subject, reason, candidate_groups, opened_at, due_on,
                                        task_id)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(operationCode, kind, subject, reason, groups, now(), dueOn, taskId)
                .update(id, "id");
        // told in this transaction: headquarters' e-mail is written with the escalation, or not at all
        events.publishEvent(new EscalationOpened(
                id.getKey().longValue(), operationCode, kind, subject, reason, groups, dueOn, taskId));
    }

    /**
     * The escalation that comes with a task, opened as the task is created: for the task's candidate
     * groups, due by its due date.
     */
    public void openFor(DelegateTask task, String kind, String subject, String reason) {
        open(
                task.getExecution().getProcessBusinessKey(),
                kind,
                subject,
                reason,
                task.getCandidates().stream()
                        .map(IdentityLink::getGroupId)
                        .filter(Objects::nonNull)
                        .sorted()
                        .collect(Collectors.joining(",")),
                task.getDueDate() == null
                        ? null
                        : LocalDate.ofInstant(task.getDueDate().toInstant(), ZoneOffset.UTC),
                task.getId());
    }

    /**
     * The task of an open escalation was cancelled by its process (the drawdown ended, the mandate was
     * terminated): the escalation closes, saying so, rather than staying open with no task to answer it.
     */
    public void taskCancelled(DelegateTask task) {
        jdbc.sql(
                        """
                update escalation set closed_at = ?, closed_by = 'engine', resolution = ?, channel = 'CANCELLED'
                where task_id = ? and closed_at is null""")
                .params(now(), "Cancelled with its task: " + task.getName(), task.getId())
                .update();
    }

    /** Closes the open escalations of this kind and subject (subject null: of this kind). */
    public void close(
            String operationCode, String kind, String subject, String closedBy, String resolution, String channel) {
        jdbc.sql(
                        """
                update escalation set closed_at = ?, closed_by = ?, resolution = ?, channel = ?
                where operation_code = ? and kind = ? and (cast(? as varchar(64)) is null or subject = ?)
                  and closed_at is null""")
                .params(now(), closedBy, resolution, channel, operationCode, kind, subject, subject)
                .update();
    }

    public int openCount(String operationCode) {
        return jdbc.sql("select count(*) from escalation where operation_code = ? and closed_at is null")
                .param(operationCode)
                .query(Integer.class)
                .single();
    }

    /**
     * How many escalations were open at the end of the day (opened on or before it, not closed by its
     * end, UTC), by operation code, in one query (an operation with none has no entry).
     */
    public Map<String, Integer> openAtEndOf(Collection<String> operationCodes, LocalDate day) {
        if (operationCodes.isEmpty()) {
            return Map.of();
        }
        Timestamp endOfDay =
                Timestamp.from(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        Map<String, Integer> open = new HashMap<>();
        jdbc.sql(
                        """
                select operation_code, count(*) as open_count from escalation
                where operation_code = any(?) and opened_at < ? and (closed_at is null or closed_at >= ?)
                group by operation_code""")
                .params(operationCodes.toArray(String[]::new), endOfDay, endOfDay)
                .query(rs -> {
                    open.put(rs.getString("operation_code"), rs.getInt("open_count"));
                });
        return open;
    }

    public List<Escalation> open(String operationCode) {
        return jdbc.sql(
                        """
                select kind, subject, reason, candidate_groups, opened_at, due_on from escalation
                where operation_code = ? and closed_at is null order by id""")
                .param(operationCode)
                .query((rs, n) -> new Escalation(
                        rs.getString("kind"),
                        rs.getString("subject"),
                        rs.getString("reason"),
                        rs.getString("candidate_groups"),
                        rs.getTimestamp("opened_at").toInstant().toString(),
                        rs.getObject("due_on", LocalDate.class)))
                .list();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    public record Escalation(
            String kind, String subject, String reason, String candidateGroups, String openedAt, LocalDate dueOn) {}
}
