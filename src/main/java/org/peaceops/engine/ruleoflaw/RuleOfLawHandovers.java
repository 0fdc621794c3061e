package org.peaceops.engine.ruleoflaw;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peaceops.engine.shared.GeneratedIds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rule-of-law and security-sector functions an operation hands over (resolution 2594, OP 7): mapped
 * in joint planning, each with who takes it, the capacity and funding it has, and the drawdown phase in
 * which it goes; then handed over, or withheld, in that phase.
 */
@Repository
public class RuleOfLawHandovers {

    /** What the functions are: police, justice, corrections, security-sector reform. */
    public static final List<String> AREAS = List.of("POLICE", "JUSTICE", "CORRECTIONS", "SECURITY_SECTOR_REFORM");

    public static final List<String> RECEIVER_KINDS = List.of("NATIONAL_INSTITUTION", "UN_ENTITY");
    public static final List<String> CAPACITIES = List.of("READY", "PARTIAL", "NOT_READY");
    public static final List<String> FUNDINGS = List.of("FUNDED", "PARTLY_FUNDED", "UNFUNDED");

    public static final String MAPPED = "MAPPED";
    public static final String HANDED_OVER = "HANDED_OVER";
    public static final String WITHHELD = "WITHHELD";

    private static final String SELECT =
            """
            select id, operation_code, area, function, receiver_kind, receiver, capacity, capacity_note, funding,
                   funding_note, phase_seq, status, handed_over_on, handover_note, mapped_by, mapped_at,
                   handed_over_by
            from rule_of_law_handover""";

    private final JdbcClient jdbc;
    private final Clock clock;

    public RuleOfLawHandovers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A function mapped for handover; its id. */
    public long map(String operationCode, Mapping mapping, String user) {
        return GeneratedIds.insert(
                jdbc,
                """
                insert into rule_of_law_handover (operation_code, area, function, receiver_kind, receiver, capacity,
                                                  capacity_note, funding, funding_note, phase_seq, status, mapped_by,
                                                  mapped_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                operationCode,
                mapping.area(),
                mapping.function(),
                mapping.receiverKind(),
                mapping.receiver(),
                mapping.capacity(),
                mapping.capacityNote(),
                mapping.funding(),
                mapping.fundingNote(),
                mapping.phaseSeq(),
                MAPPED,
                user,
                Timestamp.from(clock.instant()));
    }

    /** The operation's functions, in the order mapped. */
    public List<Handover> ofOperation(String operationCode) {
        return jdbc.sql(SELECT + " where operation_code = ? order by id")
                .param(operationCode)
                .query(RuleOfLawHandovers::handover)
                .list();
    }

    /**
     * The functions of the operations, by operation code (an operation without any has no entry), each
     * in the order mapped: one statement, however many operations.
     */
    public Map<String, List<Handover>> ofOperations(Collection<String> operationCodes) {
        Map<String, List<Handover>> byOperation = new LinkedHashMap<>();
        if (operationCodes.isEmpty()) {
            return byOperation;
        }
        jdbc.sql(SELECT + " where operation_code = any(?) order by operation_code, id")
                .param(operationCodes.toArray(String[]::new))
                .query(RuleOfLawHandovers::handover)
                .list()
                .forEach(h -> byOperation
                        .computeIfAbsent(h.operationCode(), code -> new ArrayList<>())
                        .add(h));
        return byOperation;
    }

    /** The functions still to hand over by the end of the phase: mapped to it or an earlier one, in id order. */
    public List<Long> dueInPhase(String operationCode, int phaseSeq) {
        return jdbc.sql(
                        """
                select id from rule_of_law_handover
                where operation_code = ? and status = ? and phase_seq <= ? order by id""")
                .params(operationCode, MAPPED, phaseSeq)
                .query(Long.class)
                .list();
    }

    public Handover get(long id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query(RuleOfLawHandovers::handover)
                .single();
    }

    /** The function went to its receiver on the day. */
    public void handOver(long id, LocalDate on, String note, String user) {
        close(id, HANDED_OVER, on, note, user);
    }

    /** The function is not handed over (the receiver cannot take it yet, or the mission keeps it): why. */
    public void withhold(long id, String note, String user) {
        close(id, WITHHELD, null, note, user);
    }

    private void close(long id, String status, LocalDate on, String note, String user) {
        jdbc.sql(
                        """
                update rule_of_law_handover set status = ?, handed_over_on = ?, handover_note = ?, handed_over_by = ?
                where id = ?""")
                .params(status, on, note, user, id)
                .update();
    }

    private static Handover handover(ResultSet rs, int n) throws SQLException {
        return new Handover(
                rs.getLong("id"),
                rs.getString("operation_code"),
                rs.getString("area"),
                rs.getString("function"),
                rs.getString("receiver_kind"),
                rs.getString("receiver"),
                rs.getString("capacity"),
                rs.getString("capacity_note"),
                rs.getString("funding"),
                rs.getString("funding_note"),
                rs.getInt("phase_seq"),
                rs.getString("status"),
                rs.getObject("handed_over_on", LocalDate.class),
                rs.getString("handover_note"),
                rs.getString("mapped_by"),
                rs.getTimestamp("mapped_at").toInstant(),
                rs.getString("handed_over_by"));
    }

    /**
     * A function to hand over: its area (one of {@link #AREAS}), what it is, who takes it (a kind of
     * {@link #RECEIVER_KINDS} and a name), their capacity and the funding (with notes), and the seq of
     * the drawdown phase in which it goes.
     */
    public record Mapping(
            String area,
            String function,
            String receiverKind,
            String receiver,
            String capacity,
            String capacityNote,
            String funding,
            String fundingNote,
            int phaseSeq) {}

    /** A function as mapped, and how its handover went ({@link #MAPPED}, {@link #HANDED_OVER}, {@link #WITHHELD}). */
    public record Handover(
            long id,
            String operationCode,
            String area,
            String function,
            String receiverKind,
            String receiver,
            String capacity,
            String capacityNote,
            String funding,
            String fundingNote,
            int phaseSeq,
            String status,
            LocalDate handedOverOn,
            String handoverNote,
            String mappedBy,
            Instant mappedAt,
            String handedOverBy) {}
}
