package org.peaceops.engine.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * E-mail notifications ({@code transition.mail.*}); the SMTP server is Spring Boot's {@code
 * spring.mail.*}. Without {@code spring.mail.host} the mails are written to the log.
 *
 * @param enabled whether new tasks, escalations and the daily digest write mail at all (default on)
 * @param deliver whether this node sends the mail written (default on); off, it stays for other nodes
 * @param baseUrl where people reach the engine, for the links to Tasklist (no trailing slash needed)
 * @param from the sender's address
 * @param digestAt when the daily digest is written, UTC (default 06:00)
 * @param digestDays tasks due within this many days, or overdue, are in the digest (default 7)
 * @param digestMaxTasks the most tasks one digest lists, earliest due first (default 50)
 * @param maxAttempts attempts at one mail before it is given up (default 8)
 * @param retryAfter the wait before the first retry, doubled at each further one (default 1 minute)
 * @param claimTimeout a node's claim on a mail: claimed and not begun after this long, it goes back to
 *     the others; being sent this long, it is given up, never sent again, as it may have gone out
 *     (default 5 minutes; far above the SMTP time-outs)
 * @param keep how long sent and given-up mail stays in the outbox (default 30 days)
 */
@ConfigurationProperties("transition.mail")
public record MailProperties(
        Boolean enabled,
        Boolean deliver,
        String baseUrl,
        String from,
        LocalTime digestAt,
        int digestDays,
        int digestMaxTasks,
        int maxAttempts,
        Duration retryAfter,
        Duration claimTimeout,
        Period keep) {

    /** Right for a laptop only: people elsewhere reach the engine at another address. */
    static final String DEFAULT_BASE_URL = "http://localhost:8080";

    public MailProperties {
        enabled = enabled == null || enabled;
        deliver = deliver == null || deliver;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.replaceAll("/+$", "");
        from = from == null || from.isBlank() ? "transition-engine@localhost" : from;
        digestAt = digestAt != null ? digestAt : LocalTime.of(6, 0);
        digestDays = digestDays > 0 ? digestDays : 7;
        digestMaxTasks = digestMaxTasks > 0 ? digestMaxTasks : 50;
        maxAttempts = maxAttempts > 0 ? maxAttempts : 8;
        retryAfter = retryAfter != null && !retryAfter.isNegative() && !retryAfter.isZero()
                ? retryAfter
                : Duration.ofMinutes(1);
        claimTimeout = claimTimeout != null && claimTimeout.toSeconds() > 0 ? claimTimeout : Duration.ofMinutes(5);
        keep = keep != null ? keep : Period.ofDays(30);
    }

    /** The wait before attempt n + 1, after n failed attempts: doubling, at most a day. */
    public Duration retryDelay(int failedAttempts) {
        Duration delay = retryAfter.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
        return delay.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : delay;
    }
}
