package org.peaceops.engine.notification;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On every node, every {@code transition.mail.sweep-cron} (30 seconds by default; "-" for never):
 * writes the day's digest when its time has come and no node has, then sends what is due, mail left
 * by a node that stopped before sending it and retries among it.
 */
@Component
@EnableScheduling
class MailSweep {

    private final MailProperties properties;
    private final DailyDigest digest;
    private final MailDelivery delivery;

    MailSweep(MailProperties properties, DailyDigest digest, MailDelivery delivery) {
        this.properties = properties;
        this.digest = digest;
        this.delivery = delivery;
    }

    @Scheduled(cron = "${transition.mail.sweep-cron:*/30 * * * * *}", zone = "UTC")
    void sweep() {
        if (properties.enabled()) {
            digest.writeIfDue();
        }
        if (properties.deliver()) {
            delivery.sendDue();
        }
    }
}
