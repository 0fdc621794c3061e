package org.peaceops.engine.review;

import java.sql.Timestamp;
import java.time.Clock;
import org.peaceops.engine.registry.TransitionRecord;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing an operation's next benchmark review forward, once: while a review is open, or one brought
 * forward has not yet opened, asking again is a conflict (409) and starts nothing. Two requests at the
 * same moment are serialised on the operation's row, so the second sees the first.
 */
@Service
public class ReviewRequests {

    private final JdbcClient jdbc;
    private final ReviewSchedule schedule;
    private final Clock clock;

    public ReviewRequests(JdbcClient jdbc, ReviewSchedule schedule, Clock clock) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Transactional
    public void bringForward(TransitionRecord transition, String user) {
        String code = transition.operationCode();
        jdbc.sql("select code from operation where code = ? for update")
                .param(code)
                .query(String.class)
                .single();
        if (openReview(code)) {
            throw InputRejectedException.conflict(
                    "", "a benchmark review of " + code + " is still open: it is finished before the next one starts");
        }
        if (requested(code)) {
            throw InputRejectedException.conflict(
                    "", "the next benchmark review of " + code + " has been brought forward already and is starting");
        }
        if (!schedule.bringForward(transition)) {
            throw InputRejectedException.conflict(
                    "", "no review to bring forward: " + code + " is not in planning or drawdown in this engine");
        }
        jdbc.sql("insert into review_request (operation_code, requested_by, requested_at) values (?, ?, ?)")
                .params(code, user, Timestamp.from(clock.instant()))
                .update();
    }

    /** The review brought forward has opened (or the schedule changed): the request is done. */
    public void settled(String operationCode) {
        jdbc.sql("delete from review_request where operation_code = ?")
                .param(operationCode)
                .update();
    }

    /** A review recorded as opened, not closed, whose process still runs (a cancelled one is not open). */
    private boolean openReview(String code) {
        return jdbc.sql(
                                """
                select count(*) from benchmark_review r
                where r.operation_code = ? and r.closed_at is null
                  and exists (select 1 from act_ru_execution e where e.id_ = r.process_instance_id)""")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean requested(String code) {
        return jdbc.sql("select count(*) from review_request where operation_code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
