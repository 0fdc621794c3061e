package org.peaceops.engine.staffing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who was added to or removed from an operation's staff, by whom and how: the store of {@code staff_change}. */
@Repository
public class StaffChanges {

    /** Whether a person joined or left the staff of one of the operation's groups. */
    public enum Change {
        ADDED,
        REMOVED
    }

    /** One change, as the audit shows it. */
    public record StaffChange(
            String groupId, String userId, Change change, String changedBy, String source, Instant changedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    public StaffChanges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String operationCode, String groupId, String userId, Change change, String by, String source) {
        jdbc.sql(
                        """
                insert into staff_change (operation_code, group_id, user_id, change_kind, changed_by, source, changed_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(operationCode, groupId, userId, change.name(), by, source, Timestamp.from(clock.instant()))
                .update();
    }

    /** The operation's changes, oldest first. */
    public List<StaffChange> of(String operationCode) {
        return jdbc.sql(
                        """
                select group_id, user_id, change_kind, changed_by, source, changed_at
                from staff_change where operation_code = ? order by id""")
                .param(operationCode)
                .query((rs, n) -> new StaffChange(
                        rs.getString("group_id"),
                        rs.getString("user_id"),
                        Change.valueOf(rs.getString("change_kind")),
                        rs.getString("changed_by"),
                        rs.getString("source"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }
}
