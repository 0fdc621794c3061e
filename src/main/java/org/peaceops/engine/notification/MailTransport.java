package org.peaceops.engine.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import org.peaceops.engine.notification.MailOutbox.ClaimedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Where a mail goes: the SMTP server of {@code spring.mail.*}, or, when no host is set, the log (the
 * demo, a laptop). Spring Boot makes a {@link JavaMailSender} only when {@code spring.mail.host} is set.
 */
sealed interface MailTransport {

    /** Hands the mail over; a {@link MailException} when the server refuses it or cannot be reached. */
    void send(ClaimedMail mail) throws MailException;

    /** What a mail handed over becomes. */
    MailStatus delivered();

    static MailTransport of(JavaMailSender sender, MailProperties properties) {
        return sender == null ? new ToTheLog() : new Smtp(sender, properties.from());
    }

    /** Through the SMTP server, as text with an HTML alternative. */
    record Smtp(JavaMailSender sender, String from) implements MailTransport {

        @Override
        public void send(ClaimedMail mail) {
            sender.send(message -> {
                var helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(from);
                helper.setTo(address(mail));
                helper.setSubject(mail.content().subject());
                helper.setText(mail.content().text(), mail.content().html());
                // an automatic notification: out-of-office replies and the like should not answer it (RFC 3834)
                message.setHeader("Auto-Submitted", "auto-generated");
            });
        }

        private static InternetAddress address(ClaimedMail mail) throws MessagingException {
            try {
                return new InternetAddress(mail.address(), mail.recipientName(), "UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new MailPreparationException(e);
            }
        }

        @Override
        public MailStatus delivered() {
            return MailStatus.SENT;
        }
    }

    /** No SMTP host: each mail is written to the log, as text, and counts as delivered. */
    final class ToTheLog implements MailTransport {

        private static final Logger LOG = LoggerFactory.getLogger(ToTheLog.class);

        @Override
        public void send(ClaimedMail mail) {
            LOG.info(
                    "E-mail written to the log, as no SMTP host is set (spring.mail.host)\nTo: {} <{}>\nSubject: {}\n\n{}",
                    mail.recipientName(),
                    mail.address(),
                    mail.content().subject(),
                    mail.content().text());
        }

        @Override
        public MailStatus delivered() {
            return MailStatus.LOGGED;
        }
    }
}
