package org.peaceops.engine.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.peaceops.engine.shared.InThisTransaction;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.shared.OperationVariables;
import org.peaceops.engine.shared.Stage;
import org.peaceops.engine.shared.TransitionWindow;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Operations, their transition and the Council's decisions: the store of {@code operation},
 * {@code transition}, {@code resolution} and {@code import_lock}.
 */
@Repository
public class TransitionRegistry {

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Operations registered by the current transaction, as {@link #profile} would read them back. */
    private final InThisTransaction<String, OperationProfile> registered = new InThisTransaction<>();

    public TransitionRegistry(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Registers a new operation and its transition at ASSESSMENT; an existing code is a conflict. */
    public String register(NewTransition transition, String processInstanceId) {
        // one statement checks and inserts; a registration at the same moment loses on the key (a 409 too)
        int inserted = jdbc.sql(
                        """
                insert into operation (code, name, host_country, working_language, created_at)
                select ?, ?, ?, ?, ? where not exists (select 1 from operation where code = ?)""")
                .params(
                        transition.operationCode(),
                        transition.operationName(),
                        transition.hostCountry(),
                        transition.workingLanguage().code(),
                        now(),
                        transition.operationCode())
                .update();
        if (inserted == 0) {
            throw InputRejectedException.conflict(
                    OperationVariables.OPERATION_CODE,
                    "The operation code " + transition.operationCode() + " is already registered");
        }
        String id = insertTransition(
                transition.operationCode(),
                transition.trigger(),
                transition.startedOn(),
                Stage.ASSESSMENT,
                null,
                null,
                null,
                null,
                processInstanceId);
        // a start registers without a type or the host country's name: what the columns now hold
        registered.remember(
                transition.operationCode(),
                new OperationProfile(
                        transition.operationCode(), null, transition.operationName(), null, transition.trigger()));
        return id;
    }

    /**
     * Registers an operation and its transition as a portfolio records them, without a lifecycle (the
     * import checked beforehand that the code is new); the transition's id.
     */
    public String registerRecorded(RecordedTransition transition) {
        insertOperation(
                transition.operationCode(),
                transition.operationName(),
                transition.type(),
                transition.hostCountry(),
                transition.hostCountryName(),
                transition.workingLanguage());
        return insertTransition(
                transition.operationCode(),
                transition.trigger(),
                transition.startedOn(),
                transition.stage(),
                transition.mandateEnd(),
                transition.withdrawalDeadline(),
                transition.completedOn(),
                transition.successor(),
                null);
    }

    /**
     * Holds registrations from portfolio imports until the surrounding transaction ends (the row of
     * {@code import_lock}): a second import at the same moment waits here, then finds the first's
     * operation codes.
     */
    public void holdRegistrations() {
        jdbc.sql("select name from import_lock where name = 'portfolio' for update")
                .query(String.class)
                .single();
    }

    private void insertOperation(
            String code,
            String name,
            String type,
            String hostCountry,
            String hostCountryName,
            WorkingLanguage workingLanguage) {
        jdbc.sql(
                        """
                insert into operation (code, name, type, host_country, host_country_name, working_language, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(code, name, type, hostCountry, hostCountryName, workingLanguage.code(), now())
                .update();
    }

    private String insertTransition(
            String operationCode,
            String trigger,
            LocalDate startedOn,
            Stage stage,
            LocalDate mandateEnd,
            LocalDate withdrawalDeadline,
            LocalDate completedOn,
            String successor,
            String processInstanceId) {
        String id = UUID.randomUUID().toString();
        jdbc.sql(
                        """
                insert into transition (id, operation_code, trigger_kind, started_on, stage, mandate_end,
                                        withdrawal_deadline, completed_on, successor, process_instance_id, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        operationCode,
                        trigger,
                        startedOn,
                        stage.name(),
                        mandateEnd,
                        withdrawalDeadline,
                        completedOn,
                        successor,
                        processInstanceId,
                        now())
                .update();
        return id;
    }

    /**
     * Locks the operation's row until the surrounding transaction ends, so that two requests acting
     * on the same operation at the same moment run one after the other; nothing when there is none.
     */
    public void holdForThisTransaction(String operationCode) {
        jdbc.sql("select code from operation where code = ? for update")
                .param(operationCode)
                .query(String.class)
                .list();
    }

    /** The operation's working language; the default for an operation not on record. */
    public WorkingLanguage workingLanguage(String operationCode) {
        return jdbc.sql("select working_language from operation where code = ?")
                .param(operationCode)
                .query(String.class)
                .optional()
                .map(WorkingLanguage::of)
                .orElse(WorkingLanguage.DEFAULT);
    }

    /**
     * What the operation is, for finding the lessons of transitions like it: its type (PKO, SPM; null
     * when unknown), name, host country's name and the trigger of its transition.
     */
    public Optional<OperationProfile> profile(String operationCode) {
        var justRegistered = registered.recall(operationCode);
        if (justRegistered.isPresent()) {
            return justRegistered;
        }
        return jdbc.sql(
                        """
                select o.code, o.type, o.name, o.host_country_name, t.trigger_kind
                from operation o left join transition t on t.operation_code = o.code where o.code = ?""")
                .param(operationCode)
                .query((rs, n) -> new OperationProfile(
                        rs.getString("code"),
                        rs.getString("type"),
                        rs.getString("name"),
                        rs.getString("host_country_name"),
                        rs.getString("trigger_kind")))
                .optional();
    }

    /** The codes of the operations of this type (every operation's when the type is null). */
    public List<String> operationsOfType(String type) {
        return type == null
                ? jdbc.sql("select code from operation order by code")
                        .query(String.class)
                        .list()
                : jdbc.sql("select code from operation where type = ? order by code")
                        .param(type)
                        .query(String.class)
                        .list();
    }

    /** An operation as the search for lessons sees it. */
    public record OperationProfile(String code, String type, String name, String hostCountryName, String trigger) {}

    public boolean exists(String operationCode) {
        return jdbc.sql("select count(*) from operation where code = ?")
                        .param(operationCode)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static final String SELECT_TRANSITIONS =
            """
            select t.id, o.code, o.name, o.host_country, o.working_language, t.trigger_kind, t.started_on, t.stage,
                   t.terminated_on, t.termination_reason, t.process_instance_id
            from transition t join operation o on o.code = t.operation_code""";

    public Optional<TransitionRecord> find(String operationCode) {
        return jdbc.sql(SELECT_TRANSITIONS + " where o.code = ?")
                .param(operationCode)
                .query(TransitionRegistry::transition)
                .optional();
    }

    /** Every operation's transition, by operation code. */
    public List<TransitionRecord> all() {
        return jdbc.sql(SELECT_TRANSITIONS + " order by o.code")
                .query(TransitionRegistry::transition)
                .list();
    }

    private static TransitionRecord transition(ResultSet rs, int row) throws SQLException {
        return new TransitionRecord(
                rs.getString("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("host_country"),
                WorkingLanguage.of(rs.getString("working_language")),
                rs.getString("trigger_kind"),
                rs.getObject("started_on", LocalDate.class),
                Stage.valueOf(rs.getString("stage")),
                rs.getObject("terminated_on", LocalDate.class),
                rs.getString("termination_reason"),
                rs.getString("process_instance_id"));
    }

    /** Every operation's transition with the days it started, completed or was terminated, by operation code. */
    public List<TransitionTimeline> timelines() {
        return jdbc.sql(
                        """
                select o.code, o.name, t.started_on, t.completed_on, t.terminated_on, t.stage, t.process_instance_id
                from transition t join operation o on o.code = t.operation_code order by o.code""")
                .query((rs, n) -> new TransitionTimeline(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getObject("completed_on", LocalDate.class),
                        rs.getObject("terminated_on", LocalDate.class),
                        Stage.valueOf(rs.getString("stage")),
                        rs.getString("process_instance_id")))
                .list();
    }

    public void recordCouncilDecision(String operationCode, CouncilDecision decision) {
        requireTransition(operationCode);
        insertResolution(
                operationCode,
                decision.resolutionSymbol(),
                decision.adoptedOn(),
                decision.notes(),
                decision.outcome().name(),
                decision.source(),
                decision.recordedBy());
    }

    /**
     * A later decision of the Council on the mandate (RENEWAL, NEW_DEADLINES, TERMINATION), with the
     * day the mandate now ends.
     */
    public void recordMandateDecision(String operationCode, MandateDecision decision) {
        requireTransition(operationCode);
        insertResolution(
                operationCode,
                decision.resolutionSymbol(),
                decision.adoptedOn(),
                decision.notes(),
                decision.outcome(),
                decision.source(),
                decision.recordedBy());
        jdbc.sql("update transition set mandate_end = ?, updated_at = ? where operation_code = ?")
                .params(decision.mandateEndsOn(), now(), operationCode)
                .update();
    }

    /** A resolution on record with no decision on the transition's course (as a portfolio brings it). */
    public void recordResolution(
            String operationCode, String symbol, LocalDate adoptedOn, String summary, String recordedBy) {
        insertResolution(operationCode, symbol, adoptedOn, summary, null, null, recordedBy);
    }

    private void insertResolution(
            String operationCode,
            String symbol,
            LocalDate adoptedOn,
            String summary,
            String decision,
            String source,
            String recordedBy) {
        jdbc.sql(
                        """
                insert into resolution (operation_code, symbol, adopted_on, summary, decision, decision_source,
                                        recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(operationCode, symbol, adoptedOn, summary, decision, source, recordedBy, now())
                .update();
    }

    public List<ResolutionRecord> resolutions(String operationCode) {
        return jdbc.sql(
                        """
                select symbol, adopted_on, summary, decision, decision_source, recorded_by
                from resolution where operation_code = ? order by id""")
                .param(operationCode)
                .query((rs, n) -> new ResolutionRecord(
                        rs.getString("symbol"),
                        rs.getObject("adopted_on", LocalDate.class),
                        rs.getString("summary"),
                        rs.getString("decision"),
                        rs.getString("decision_source"),
                        rs.getString("recorded_by")))
                .list();
    }

    /**
     * Moves the transition forward to the stage; never back, so that a transition imported at a later
     * stage keeps it while its lifecycle runs an earlier stage's process.
     */
    public void moveToStage(String operationCode, Stage stage) {
        TransitionRecord transition = requireTransition(operationCode);
        if (stage.ordinal() > transition.stage().ordinal()) {
            jdbc.sql("update transition set stage = ?, updated_at = ? where operation_code = ?")
                    .params(stage.name(), now(), operationCode)
                    .update();
        }
    }

    /** Links a transition registered beforehand (by the portfolio import) to the lifecycle that drives it. */
    public void attachLifecycle(String transitionId, String operationCode, String processInstanceId) {
        int updated = jdbc.sql(
                        "update transition set process_instance_id = ?, updated_at = ? where id = ? and operation_code = ? and process_instance_id is null")
                .params(processInstanceId, now(), transitionId, operationCode)
                .update();
        if (updated != 1) {
            throw InputRejectedException.conflict(
                    OperationVariables.TRANSITION_ID,
                    "transition " + transitionId + " of " + operationCode + " is unknown or already has a lifecycle");
        }
    }

    /** The mandate ends on the day, as headquarters recorded it at closure. */
    public void recordMandateEnd(String operationCode, LocalDate endsOn, String note) {
        requireTransition(operationCode);
        jdbc.sql("update transition set mandate_end = ?, mandate_end_note = ?, updated_at = ? where operation_code = ?")
                .params(endsOn, note, now(), operationCode)
                .update();
    }

    /**
     * The withdrawal is complete: {@code completedOn}, and the stage that follows from it (the
     * 24-month window: POST_TRANSITION, or COMPLETED for a withdrawal recorded long after the fact).
     */
    public void complete(String operationCode, LocalDate completedOn, String summary) {
        requireTransition(operationCode);
        jdbc.sql(
                        """
                update transition set completed_on = ?, completion_summary = ?, updated_at = ?
                where operation_code = ?""")
                .params(completedOn, summary, now(), operationCode)
                .update();
        moveToStage(operationCode, TransitionWindow.stageOfCompleted(completedOn, LocalDate.now(clock)));
    }

    public void terminate(String operationCode, LocalDate on, String reason) {
        requireTransition(operationCode);
        jdbc.sql(
                        "update transition set terminated_on = ?, termination_reason = ?, updated_at = ? where operation_code = ?")
                .params(on, reason, now(), operationCode)
                .update();
    }

    private TransitionRecord requireTransition(String operationCode) {
        // A process without its transition row is a broken state, not bad input: let the job fail
        // into an incident that an operator sees in Cockpit.
        return find(operationCode)
                .orElseThrow(
                        () -> new IllegalStateException("no transition is registered for operation " + operationCode));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    /** The transition's dates beyond its stage. */
    public TransitionDates dates(String operationCode) {
        return jdbc.sql(
                        """
                select mandate_end, withdrawal_deadline, consent_withdrawn_on, consent_letter_link, completed_on
                from transition where operation_code = ?""")
                .param(operationCode)
                .query((rs, n) -> new TransitionDates(
                        rs.getObject("mandate_end", LocalDate.class),
                        rs.getObject("withdrawal_deadline", LocalDate.class),
                        rs.getObject("consent_withdrawn_on", LocalDate.class),
                        rs.getString("consent_letter_link"),
                        rs.getObject("completed_on", LocalDate.class)))
                .single();
    }
}
