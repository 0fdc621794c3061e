package org.peaceops.engine.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.peaceops.engine.benchmark.BenchmarkStatuses;
import org.peaceops.engine.pbc.PbcAdvice;
import org.peaceops.engine.shared.Stage;
import org.peaceops.engine.shared.TransitionWindow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The transition status report of resolution 2594, OP 14, for any date: the operations in
 * transition on that day, and those that completed theirs in the 24 months before it (the window
 * rule). Everything in it is as of that day (benchmarks from measurements dated on or before it,
 * sites closed on or before it, escalations open on it), except the stage, which is today's.
 */
@Service
public class TransitionStatusReport {

    public static final String IN_TRANSITION = "IN_TRANSITION";
    public static final String TRANSITIONED = "TRANSITIONED";

    private final JdbcClient jdbc;
    private final BenchmarkStatuses statuses;
    private final Clock clock;

    public TransitionStatusReport(JdbcClient jdbc, BenchmarkStatuses statuses, Clock clock) {
        this.jdbc = jdbc;
        this.statuses = statuses;
        this.clock = clock;
    }

    /** The report as of the date, over the operations the caller may see. */
    public Report asOf(LocalDate asOf, Predicate<String> visible) {
        List<OperationStatus> operations = new ArrayList<>();
        for (Transition transition : transitions()) {
            Optional<String> status = status(transition, asOf);
            if (status.isEmpty() || !visible.test(transition.code())) {
                continue;
            }
            operations.add(new OperationStatus(
                    transition.code(),
                    transition.name(),
                    status.get(),
                    transition.startedOn(),
                    transition.completedOn(),
                    stageToday(transition),
                    statuses.asOf(transition.code(), asOf).stream()
                            .map(b -> new BenchmarkLine(b.code(), b.title(), b.status()))
                            .toList(),
                    sites(transition.code(), asOf),
                    lastPbcAdvice(transition.code(), asOf),
                    openEscalations(transition.code(), asOf),
                    lastRelapseCheck(transition.code(), asOf)));
        }
        return new Report(asOf, operations);
    }

    /**
     * TRANSITIONED within 24 months of its completion; IN_TRANSITION from its start until it
     * completes (or is terminated); otherwise not in the report.
     */
    static Optional<String> status(Transition transition, LocalDate asOf) {
        if (transition.completedOn() != null && TransitionWindow.within24Months(transition.completedOn(), asOf)) {
            return Optional.of(TRANSITIONED);
        }
        boolean started = !transition.startedOn().isAfter(asOf);
        boolean completed =
                transition.completedOn() != null && !transition.completedOn().isAfter(asOf);
        boolean terminated =
                transition.terminatedOn() != null && !transition.terminatedOn().isAfter(asOf);
        return started && !completed && !terminated ? Optional.of(IN_TRANSITION) : Optional.empty();
    }

    private Stage stageToday(Transition transition) {
        return transition.completedOn() == null
                ? transition.stage()
                : TransitionWindow.stageOfCompleted(transition.completedOn(), LocalDate.now(clock));
    }

    private List<Transition> transitions() {
        return jdbc.sql(
                        """
                select o.code, o.name, t.started_on, t.completed_on, t.terminated_on, t.stage
                from transition t join operation o on o.code = t.operation_code order by o.code""")
                .query((rs, n) -> new Transition(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        Stage.valueOf(rs.getString(6))))
                .list();
    }

    private Sites sites(String operationCode, LocalDate asOf) {
        return jdbc.sql(
                        """
                select count(*), coalesce(sum(case when s.closed_on <= ? then 1 else 0 end), 0)
                from site s join phase p on p.id = s.phase_id where p.operation_code = ?""")
                .params(asOf, operationCode)
                .query((rs, n) -> new Sites(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    private PbcAdvice lastPbcAdvice(String operationCode, LocalDate asOf) {
        return jdbc.sql(
                        """
                select held_on, topic from consultation
                where operation_code = ? and counterpart = 'PEACEBUILDING_COMMISSION' and held_on <= ?
                order by held_on desc, id desc fetch first 1 rows only""")
                .params(operationCode, asOf)
                .query((rs, n) -> new PbcAdvice(rs.getObject(1, LocalDate.class), rs.getString(2)))
                .optional()
                .orElse(null);
    }

    /**
     * The latest check for relapse made by the end of the day, during the 24 months after the
     * withdrawal (post-transition-monitoring); null before the first.
     */
    private RelapseCheck lastRelapseCheck(String operationCode, LocalDate asOf) {
        Timestamp endOfDay =
                Timestamp.from(asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return jdbc
                .sql(
                        """
                select checked_at, quarter, relapse_risk, findings, referral from relapse_check
                where operation_code = ? and checked_at < ? order by checked_at desc, id desc fetch first 1 rows only""")
                .params(operationCode, endOfDay)
                .query((rs, n) -> new RelapseCheck(
                        LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), ZoneOffset.UTC),
                        rs.getInt(2),
                        rs.getBoolean(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** Escalations opened on or before the day and not closed by its end. */
    private int openEscalations(String operationCode, LocalDate asOf) {
        Timestamp endOfDay =
                Timestamp.from(asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return jdbc.sql(
                        """
                select count(*) from escalation
                where operation_code = ? and opened_at < ? and (closed_at is null or closed_at >= ?)""")
                .params(operationCode, endOfDay, endOfDay)
                .query(Integer.class)
                .single();
    }

    record Transition(
            String code,
            String name,
            LocalDate startedOn,
            LocalDate completedOn,
            LocalDate terminatedOn,
            Stage stage) {}

    public record Report(LocalDate asOf, List<OperationStatus> operations) {}

    public record OperationStatus(
            String code,
            String name,
            String status,
            LocalDate startedOn,
            LocalDate completedOn,
            Stage stage,
            List<BenchmarkLine> benchmarks,
            Sites sites,
            PbcAdvice lastPbcAdvice,
            int openEscalations,
            RelapseCheck lastRelapseCheck) {}

    /** A check for relapse; referral is where a risk was referred (PBC, COUNCIL), once it was. */
    public record RelapseCheck(
            LocalDate checkedOn, int quarter, boolean relapseRisk, String findings, String referral) {}

    public record BenchmarkLine(String code, String title, String status) {}

    public record Sites(int total, int closed) {}

    /** The Peacebuilding Commission's latest advice on record, as of the day. */
    public record PbcAdvice(LocalDate date, String topic) {}
}
