package org.peaceops.engine.review;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The benchmark reviews brought forward through the API and not yet opened by the lifecycle. */
@Repository
public class ReviewRequestRecords {

    private final JdbcClient jdbc;
    private final Clock clock;

    public ReviewRequestRecords(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(String operationCode, String requestedBy) {
        jdbc.sql("insert into review_request (operation_code, requested_by, requested_at) values (?, ?, ?)")
                .params(operationCode, requestedBy, Timestamp.from(clock.instant()))
                .update();
    }

    /** The review brought forward has opened (or the schedule changed): the request is done. */
    public void settle(String operationCode) {
        jdbc.sql("delete from review_request where operation_code = ?")
                .param(operationCode)
                .update();
    }

    public boolean pending(String operationCode) {
        return jdbc.sql("select count(*) from review_request where operation_code = ?")
                        .param(operationCode)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
