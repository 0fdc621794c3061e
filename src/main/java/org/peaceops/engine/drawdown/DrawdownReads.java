package org.peaceops.engine.drawdown;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Phases with their sites and readiness decisions, as the operations API and the processes read them. */
@Repository
public class DrawdownReads {

    private final JdbcClient jdbc;

    public DrawdownReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Phase> phases(String operationCode) {
        return jdbc.sql(
                        """
                select id, seq, name, planned_start, planned_end, status, started_on, ended_on, revised_end
                from phase where operation_code = ? order by seq""")
                .param(operationCode)
                .query((rs, n) -> new Phase(
                        rs.getInt("seq"),
                        rs.getString("name"),
                        rs.getObject("planned_start", LocalDate.class),
                        rs.getObject("planned_end", LocalDate.class),
                        rs.getString("status"),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class),
                        rs.getObject("revised_end", LocalDate.class),
                        sites(rs.getLong("id")),
                        readiness(rs.getLong("id"))))
                .list();
    }

    /** The phase's readiness decisions (phase-readiness), oldest first, with what followed each. */
    public List<Readiness> readiness(long phaseId) {
        return jdbc.sql(
                        """
                select id, outcome, reasons, decided_at, risk_id from phase_readiness where phase_id = ? order by id""")
                .param(phaseId)
                .query((rs, n) -> new Readiness(
                        rs.getString("outcome"),
                        rs.getString("reasons"),
                        rs.getTimestamp("decided_at").toInstant().toString(),
                        nullableLong(rs, "risk_id"),
                        jdbc.sql("select step from phase_readiness_step where readiness_id = ? order by id")
                                .param(rs.getLong("id"))
                                .query(String.class)
                                .list()))
                .list();
    }

    private List<Site> sites(long phaseId) {
        return jdbc.sql(
                        """
                select name, type, area, status, closed_on, handover_to, planned_closure, certificate_link from site
                where phase_id = ? order by id""")
                .param(phaseId)
                .query((rs, n) -> new Site(
                        rs.getString("name"),
                        rs.getString("type"),
                        rs.getString("area"),
                        rs.getString("status"),
                        rs.getObject("closed_on", LocalDate.class),
                        rs.getString("handover_to"),
                        rs.getObject("planned_closure", LocalDate.class),
                        rs.getString("certificate_link")))
                .list();
    }

    /**
     * How many sites each operation's phases have, and how many of them closed on or before the day,
     * by operation code, in one query (an operation without sites has no entry).
     */
    public Map<String, SiteCount> siteCounts(Collection<String> operationCodes, LocalDate closedBy) {
        if (operationCodes.isEmpty()) {
            return Map.of();
        }
        Map<String, SiteCount> counts = new HashMap<>();
        jdbc.sql(
                        """
                select p.operation_code, count(*) as total,
                       coalesce(sum(case when s.closed_on <= ? then 1 else 0 end), 0) as closed
                from site s join phase p on p.id = s.phase_id where p.operation_code = any(?)
                group by p.operation_code""")
                .params(closedBy, operationCodes.toArray(String[]::new))
                .query(rs -> {
                    counts.put(rs.getString("operation_code"), new SiteCount(rs.getInt("total"), rs.getInt("closed")));
                });
        return counts;
    }

    /**
     * Each operation's phases with their sites, as planned and as done, by operation code (an
     * operation without phases has no entry): one query however many operations, phases and sites. A
     * site is planned to close on its own planned closure, else on its phase's planned end.
     */
    public Map<String, List<PhaseSchedule>> schedules(Collection<String> operationCodes) {
        if (operationCodes.isEmpty()) {
            return Map.of();
        }
        Map<String, List<PhaseSchedule>> schedules = new LinkedHashMap<>();
        Map<Long, List<SiteSchedule>> sitesOfPhase = new HashMap<>();
        jdbc.sql(
                        """
                select p.operation_code, p.id as phase_id, p.seq, p.name as phase_name, p.planned_start,
                       p.planned_end, p.revised_end, p.status as phase_status, p.started_on, p.ended_on,
                       s.id as site_id, s.name as site_name, s.status as site_status, s.planned_closure, s.closed_on
                from phase p left join site s on s.phase_id = p.id
                where p.operation_code = any(?) order by p.operation_code, p.seq, p.id, s.id""")
                .param(operationCodes.toArray(String[]::new))
                .query(rs -> {
                    long phaseId = rs.getLong("phase_id");
                    LocalDate plannedEnd = rs.getObject("planned_end", LocalDate.class);
                    List<SiteSchedule> sites = sitesOfPhase.get(phaseId);
                    if (sites == null) {
                        sites = new ArrayList<>();
                        sitesOfPhase.put(phaseId, sites);
                        schedules
                                .computeIfAbsent(rs.getString("operation_code"), code -> new ArrayList<>())
                                .add(new PhaseSchedule(
                                        rs.getInt("seq"),
                                        rs.getString("phase_name"),
                                        rs.getObject("planned_start", LocalDate.class),
                                        plannedEnd,
                                        rs.getObject("revised_end", LocalDate.class),
                                        rs.getString("phase_status"),
                                        rs.getObject("started_on", LocalDate.class),
                                        rs.getObject("ended_on", LocalDate.class),
                                        Collections.unmodifiableList(sites)));
                    }
                    rs.getLong("site_id");
                    if (!rs.wasNull()) {
                        LocalDate ownPlan = rs.getObject("planned_closure", LocalDate.class);
                        sites.add(new SiteSchedule(
                                rs.getString("site_name"),
                                rs.getString("site_status"),
                                ownPlan != null ? ownPlan : plannedEnd,
                                rs.getObject("closed_on", LocalDate.class)));
                    }
                });
        return schedules;
    }

    /** "phase 5 (North Kivu)", by phase id, for the phases asked (an unknown id has none). */
    public Map<Long, String> phaseLabels(Collection<Long> phaseIds) {
        if (phaseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, seq, name from phase where id in (:ids)")
                .param("ids", List.copyOf(phaseIds))
                .query((rs, n) ->
                        Map.entry(rs.getLong("id"), "phase " + rs.getInt("seq") + " (" + rs.getString("name") + ")"))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The phases of the operations whose lower-case name is like the pattern (a LIKE pattern, escaped
     * with '!').
     */
    public List<Long> phasesNamedLike(List<String> operationCodes, String pattern) {
        return jdbc.sql(
                        "select id from phase where operation_code in (:operations) and lower(name) like :pattern escape '!'")
                .param("operations", operationCodes)
                .param("pattern", pattern)
                .query(Long.class)
                .list();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * A phase as recorded: its plan, its status, the days it started and ended, a revised end once it
     * overran, its sites and its readiness decisions.
     */
    public record Phase(
            int seq,
            String name,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            String status,
            LocalDate startedOn,
            LocalDate endedOn,
            LocalDate revisedEnd,
            List<Site> sites,
            List<Readiness> readiness) {}

    /** A site; {@code plannedClosure} only when it differs from its phase's end. */
    public record Site(
            String name,
            String type,
            String area,
            String status,
            LocalDate closedOn,
            String handoverTo,
            LocalDate plannedClosure,
            String certificateLink) {}

    public record SiteCount(int total, int closed) {}

    /** A phase as planned and as done, with its sites; dates unknown are null. */
    public record PhaseSchedule(
            int seq,
            String name,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate revisedEnd,
            String status,
            LocalDate startedOn,
            LocalDate endedOn,
            List<SiteSchedule> sites) {}

    /** A site: the day it is planned to close (its own, else its phase's planned end) and the day it closed. */
    public record SiteSchedule(String name, String status, LocalDate plannedClosure, LocalDate closedOn) {}

    public record Readiness(String outcome, String reasons, String decidedAt, Long riskId, List<String> steps) {}
}
