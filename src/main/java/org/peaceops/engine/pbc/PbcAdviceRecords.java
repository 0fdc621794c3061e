package org.peaceops.engine.pbc;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each request for the Peacebuilding Commission's advice, its meeting and the advice, by consultation. */
@Repository
public class PbcAdviceRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    public PbcAdviceRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void requested(Request request) {
        jdbc.sql(
                        """
                insert into pbc_advice (operation_code, informs, informs_ref, process_instance_id, needed_by,
                                        country_configuration, questions, requested_by, requested_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        request.operationCode(),
                        request.informs(),
                        request.informsRef(),
                        request.processInstanceId(),
                        request.neededBy(),
                        request.countryConfiguration(),
                        request.questions(),
                        request.requestedBy(),
                        now())
                .update();
    }

    public void scheduled(String processInstanceId, LocalDate meetingOn, String format) {
        jdbc.sql("update pbc_advice set meeting_on = ?, meeting_format = ? where process_instance_id = ?")
                .params(meetingOn, format, processInstanceId)
                .update();
    }

    public void received(
            String processInstanceId,
            LocalDate receivedOn,
            String summary,
            String link,
            String channel,
            String recordedBy) {
        jdbc.sql(
                        """
                update pbc_advice set received_on = ?, summary = ?, advice_link = ?, channel = ?, recorded_by = ?,
                                      recorded_at = ?
                where process_instance_id = ?""")
                .params(receivedOn, summary, link, channel, recordedBy, now(), processInstanceId)
                .update();
    }

    /** Whether the operation has the Commission's advice on record for what it informs (the plan, say). */
    public boolean onRecord(String operationCode, String informs) {
        return jdbc.sql(
                                "select count(*) from pbc_advice where operation_code = ? and informs = ? and received_on is not null")
                        .params(operationCode, informs)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The day the operation last received the Commission's advice, on anything. */
    public java.util.Optional<LocalDate> latestReceived(String operationCode) {
        return jdbc.sql("select max(received_on) as latest from pbc_advice where operation_code = ?")
                .param(operationCode)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject("latest", LocalDate.class)))
                .single();
    }

    /** The operation's requests for advice, latest first. */
    public List<Advice> advice(String operationCode) {
        return jdbc.sql(
                        """
                select informs, informs_ref, needed_by, country_configuration, questions, meeting_on, meeting_format,
                       received_on, summary, advice_link, channel, recorded_by
                from pbc_advice where operation_code = ? order by id desc""")
                .param(operationCode)
                .query((rs, n) -> new Advice(
                        rs.getString("informs"),
                        rs.getString("informs_ref"),
                        rs.getObject("needed_by", LocalDate.class),
                        rs.getString("country_configuration"),
                        rs.getString("questions"),
                        rs.getObject("meeting_on", LocalDate.class),
                        rs.getString("meeting_format"),
                        rs.getObject("received_on", LocalDate.class),
                        rs.getString("summary"),
                        rs.getString("advice_link"),
                        rs.getString("channel"),
                        rs.getString("recorded_by")))
                .list();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    public record Request(
            String operationCode,
            String informs,
            String informsRef,
            String processInstanceId,
            LocalDate neededBy,
            String countryConfiguration,
            String questions,
            String requestedBy) {}

    public record Advice(
            String informs,
            String informsRef,
            LocalDate neededBy,
            String countryConfiguration,
            String questions,
            LocalDate meetingOn,
            String meetingFormat,
            LocalDate receivedOn,
            String summary,
            String adviceLink,
            String channel,
            String recordedBy) {}
}
