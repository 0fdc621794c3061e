package org.peaceops.engine.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The assessment's products and consultations, in the project's tables. */
@Service
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
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    public List<Consultation> consultations(String operationCode) {
        return jdbc.sql(
                        """
                select counterpart, held_on, topic, outcome, record_link, participants, women_participants,
                       youth_participants, pwd_participants, stage, recorded_by
                from consultation where operation_code = ? order by id""")
                .param(operationCode)
                .query((rs, n) -> new Consultation(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        (Integer) rs.getObject(6),
                        (Integer) rs.getObject(7),
                        (Integer) rs.getObject(8),
                        (Integer) rs.getObject(9),
                        rs.getString(10),
                        rs.getString(11)))
                .list();
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
