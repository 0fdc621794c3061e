package org.peaceops.engine.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The assessment's products and the consultations of every stage: the store of the assessment package's tables. */
@Repository
public class AssessmentRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AssessmentRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void recordProduct(String operationCode, AssessmentProduct product) {
        jdbc.sql(
                        """
                insert into assessment_record (operation_code, kind, document_link, summary, rating, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        operationCode,
                        product.kind(),
                        product.documentLink(),
                        product.summary(),
                        product.rating(),
                        product.recordedBy(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    public void recordConsultation(String operationCode, Consultation consultation) {
        jdbc.sql(
                        """
                insert into consultation (operation_code, counterpart, held_on, topic, outcome, record_link, participants,
                                          women_participants, youth_participants, pwd_participants, stage,
                                          recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        operationCode,
                        consultation.counterpart(),
                        consultation.heldOn(),
                        consultation.topic(),
                        consultation.outcome(),
                        consultation.recordLink(),
                        consultation.participants(),
                        consultation.women(),
                        consultation.youth(),
                        consultation.personsWithDisabilities(),
                        consultation.stage(),
                        consultation.recordedBy(),
                        Timestamp.from(clock.instant()))
                .update();
    }

    public List<AssessmentProduct> products(String operationCode) {
        return jdbc.sql(
                        """
                select kind, document_link, summary, rating, recorded_by from assessment_record
                where operation_code = ? order by id""")
                .param(operationCode)
                .query((rs, n) -> new AssessmentProduct(
                        rs.getString("kind"),
                        rs.getString("document_link"),
                        rs.getString("summary"),
                        rs.getString("rating"),
                        rs.getString("recorded_by")))
                .list();
    }

    public List<Consultation> consultations(String operationCode) {
        return jdbc.sql(SELECT_CONSULTATIONS + " where operation_code = ? order by id")
                .param(operationCode)
                .query(AssessmentRecords::consultation)
                .list();
    }

    /**
     * The latest consultation with the counterpart held on or before the day, by operation code, in
     * one query (an operation without one has no entry).
     */
    public Map<String, Consultation> latestConsultations(
            Collection<String> operationCodes, String counterpart, LocalDate heldBy) {
        if (operationCodes.isEmpty()) {
            return Map.of();
        }
        Map<String, Consultation> latest = new HashMap<>();
        jdbc.sql(
                        """
                select * from (
                    select c.*, row_number() over (partition by c.operation_code order by c.held_on desc, c.id desc)
                        as recency
                    from consultation c where c.operation_code = any(?) and c.counterpart = ? and c.held_on <= ?
                ) ranked where recency = 1""")
                .params(operationCodes.toArray(String[]::new), counterpart, heldBy)
                .query(rs -> {
                    latest.put(rs.getString("operation_code"), consultation(rs, 0));
                });
        return latest;
    }

    private static final String SELECT_CONSULTATIONS =
            """
            select counterpart, held_on, topic, outcome, record_link, participants, women_participants,
                   youth_participants, pwd_participants, stage, recorded_by
            from consultation""";

    private static Consultation consultation(ResultSet rs, int row) throws SQLException {
        return new Consultation(
                rs.getString("counterpart"),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("topic"),
                rs.getString("outcome"),
                rs.getString("record_link"),
                (Integer) rs.getObject("participants"),
                (Integer) rs.getObject("women_participants"),
                (Integer) rs.getObject("youth_participants"),
                (Integer) rs.getObject("pwd_participants"),
                rs.getString("stage"),
                rs.getString("recorded_by"));
    }

    public record AssessmentProduct(
            String kind, String documentLink, String summary, String rating, String recordedBy) {}

    public record Consultation(
            String counterpart,
            LocalDate heldOn,
            String topic,
            String outcome,
            String recordLink,
            Integer participants,
            Integer women,
            Integer youth,
            Integer personsWithDisabilities,
            String stage,
            String recordedBy) {}
}
