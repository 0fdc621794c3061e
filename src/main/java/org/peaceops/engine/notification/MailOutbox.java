package org.peaceops.engine.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The store of {@code mail_outbox}, {@code mail_event} and {@code mail_digest}. A transaction's events
 * are written as it commits, one row; their mail is composed from that row after the commit and
 * written here, one row per recipient, and claimed by one node at a time: a claim is an update that only one statement can win on
 * both H2 and PostgreSQL (the second finds the row no longer pending), so no lock is held while the
 * SMTP server answers.
 */
@Repository
public class MailOutbox {

    /** Mail claimed per statement: a sweep after a long outage sends in rounds of this many. */
    static final int CLAIM_BATCH = 50;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public MailOutbox(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Writes the mails, in one batch, in the caller's transaction; a mail whose key is already there
     * is left out (an event told twice mails once). The casts let PostgreSQL type the parameters of
     * the select, nulls included.
     */
    public void add(List<OutgoingMail> mails, Instant now) {
        if (mails.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        batch.batchUpdate(
                """
                insert into mail_outbox (mail_key, kind, operation_code, task_id, recipient, address, recipient_name,
                                         subject, body_text, body_html, status, attempts, created_at, next_attempt_at)
                select cast(? as varchar(300)), cast(? as varchar(20)), cast(? as varchar(20)),
                       cast(? as varchar(64)), cast(? as varchar(255)), cast(? as varchar(320)),
                       cast(? as varchar(500)), cast(? as varchar(1000)), cast(? as text), cast(? as text),
                       'PENDING', 0, cast(? as timestamp), cast(? as timestamp)
                where not exists (select 1 from mail_outbox where mail_key = cast(? as varchar(300)))""",
                mails.stream()
                        .map(m -> new Object[] {
                            m.key(),
                            m.kind().name(),
                            m.operationCode(),
                            m.taskId(),
                            m.recipient(),
                            m.address(),
                            m.recipientName(),
                            m.content().subject(),
                            m.content().text(),
                            m.content().html(),
                            at,
                            at,
                            m.key()
                        })
                        .toList());
    }

    /** Writes a transaction's events (JSON), in its transaction: one statement. */
    public void addEvents(String events, Instant now) {
        jdbc.sql("insert into mail_event (events, created_at) values (?, ?)")
                .params(events, Timestamp.from(now))
                .update();
    }

    /**
     * Claims up to {@link #CLAIM_BATCH} events not yet composed, unclaimed or whose claim ran out, for
     * the claimant until the given time, and returns them. Two claimants at the same moment get
     * different events, as with the mails.
     */
    public List<ClaimedEvents> claimEvents(String claimant, Instant now, Instant until) {
        Timestamp at = Timestamp.from(now);
        int claimed = jdbc.sql(
                        """
                update mail_event set claimed_by = ?, claimed_until = ?
                where (claimed_until is null or claimed_until < ?)
                  and id in (select id from mail_event where claimed_until is null or claimed_until < ?
                             order by id fetch first %d rows only)"""
                                .formatted(CLAIM_BATCH))
                .params(claimant, Timestamp.from(until), at, at)
                .update();
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.sql("select id, events, created_at from mail_event where claimed_by = ? order by id")
                .param(claimant)
                .query((rs, n) -> new ClaimedEvents(
                        rs.getLong("id"),
                        rs.getString("events"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** The claimed events are composed: removed, in the transaction that wrote their mail; false when the claim ran out. */
    public boolean removeEvents(long id, String claimant) {
        return jdbc.sql("delete from mail_event where id = ? and claimed_by = ?")
                        .params(id, claimant)
                        .update()
                == 1;
    }

    /**
     * Claims up to {@link #CLAIM_BATCH} mails due now for the claimant until the given time, and
     * returns them: CLAIMED, not yet being sent. Two claimants at the same moment get different mails.
     */
    public List<ClaimedMail> claimDue(String claimant, Instant now, Instant until) {
        Timestamp at = Timestamp.from(now);
        int claimed = jdbc.sql(
                        """
                update mail_outbox set status = 'CLAIMED', claimed_by = ?, claimed_until = ?
                where status = 'PENDING' and next_attempt_at <= ?
                  and id in (select id from mail_outbox where status = 'PENDING' and next_attempt_at <= ?
                             order by id fetch first %d rows only)"""
                                .formatted(CLAIM_BATCH))
                .params(claimant, Timestamp.from(until), at, at)
                .update();
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.sql(
                        """
                select id, recipient, address, recipient_name, subject, body_text, body_html, attempts
                from mail_outbox where claimed_by = ? and status = 'CLAIMED' order by id""")
                .param(claimant)
                .query((rs, n) -> new ClaimedMail(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("address"),
                        rs.getString("recipient_name"),
                        new MailContent(rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html")),
                        rs.getInt("attempts")))
                .list();
    }

    /**
     * The claimant starts sending its claimed mail: SENDING until the given time, one more attempt.
     * False when its claim ran out and the mail went back to the others.
     */
    public boolean startSending(long id, String claimant, Instant until) {
        return jdbc.sql(
                                """
                update mail_outbox set status = 'SENDING', claimed_until = ?, attempts = attempts + 1
                where id = ? and claimed_by = ? and status = 'CLAIMED'""")
                        .params(Timestamp.from(until), id, claimant)
                        .update()
                == 1;
    }

    /** The claimed mail is done: sent, logged, opted out or given up. */
    public void finish(long id, String claimant, MailStatus status, Instant now, String error) {
        jdbc.sql(
                        """
                update mail_outbox set status = ?, finished_at = ?, claimed_by = null, claimed_until = null,
                                       last_error = ?
                where id = ? and claimed_by = ? and status in ('CLAIMED', 'SENDING')""")
                .params(status.name(), Timestamp.from(now), shorten(error), id, claimant)
                .update();
    }

    /** The SMTP server refused the mail being sent: pending again from the given time. */
    public void retryAt(long id, String claimant, Instant next, String error) {
        jdbc.sql(
                        """
                update mail_outbox set status = 'PENDING', next_attempt_at = ?, claimed_by = null,
                                       claimed_until = null, last_error = ?
                where id = ? and claimed_by = ? and status = 'SENDING'""")
                .params(Timestamp.from(next), shorten(error), id, claimant)
                .update();
    }

    /**
     * Claims that ran out, their node having stopped: a mail it had claimed but not begun to send is
     * pending again, for any node; a mail it was sending is UNKNOWN and never sent again, since the
     * SMTP server may have taken it. Returns how many were given up so.
     */
    public int releaseExpiredClaims(Instant now) {
        Timestamp at = Timestamp.from(now);
        jdbc.sql(
                        """
                update mail_outbox set status = 'PENDING', claimed_by = null, claimed_until = null
                where status = 'CLAIMED' and claimed_until < ?""")
                .param(at)
                .update();
        return jdbc.sql(
                        """
                update mail_outbox set status = 'UNKNOWN', finished_at = ?, claimed_by = null, claimed_until = null,
                                       last_error = 'its node stopped while sending it'
                where status = 'SENDING' and claimed_until < ?""")
                .params(at, at)
                .update();
    }

    /**
     * Marks the day's digest as written by this node; false when another node (or an earlier run) has.
     * Two nodes at the same moment: the second waits for the first and fails on the key.
     */
    public boolean claimDigestDay(LocalDate day, String node, Instant now) {
        return jdbc.sql(
                                """
                insert into mail_digest (digest_day, written_by, written_at)
                select cast(? as date), cast(? as varchar(100)), cast(? as timestamp)
                where not exists (select 1 from mail_digest where digest_day = cast(? as date))""")
                        .params(day, node, Timestamp.from(now), day)
                        .update()
                == 1;
    }

    public boolean digestWritten(LocalDate day) {
        return jdbc.sql("select count(*) from mail_digest where digest_day = ?")
                        .param(day)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Removes finished mail and digest days older than the given time. */
    public void removeFinishedBefore(Instant before) {
        Timestamp at = Timestamp.from(before);
        jdbc.sql("delete from mail_outbox where status not in ('PENDING', 'CLAIMED', 'SENDING') and finished_at < ?")
                .param(at)
                .update();
        jdbc.sql("delete from mail_digest where written_at < ?").param(at).update();
    }

    private static String shorten(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    /** A transaction's events this node claimed, as written when it committed. */
    public record ClaimedEvents(long id, String events, Instant createdAt) {}

    /** A mail this node claimed; {@code attempts} those made before. */
    public record ClaimedMail(
            long id, String recipient, String address, String recipientName, MailContent content, int attempts) {}
}
