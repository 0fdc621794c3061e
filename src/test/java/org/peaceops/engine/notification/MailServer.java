package org.peaceops.engine.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * GreenMail, a real SMTP server, in the test JVM on a port of its own, started before the context of
 * {@link MailTest} and given to it as {@code spring.mail.host} and {@code spring.mail.port}. It can be
 * stopped and started again on the same port, as an SMTP server that goes down and comes back.
 */
public class MailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final int PORT = freePort();
    private static GreenMail server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        TestPropertyValues.of("spring.mail.host=localhost", "spring.mail.port=" + PORT)
                .applyTo(context);
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Down: the application's attempts fail to connect. What it received is gone. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every mail received since the server (last) started. */
    public static synchronized List<ReceivedMail> received() {
        return server == null
                ? List.of()
                : Arrays.stream(server.getReceivedMessages())
                        .map(MailServer::read)
                        .toList();
    }

    /** The mails received for this address whose subject contains the words. */
    public static List<ReceivedMail> received(String address, String subjectPart) {
        return received().stream()
                .filter(mail -> mail.to().equals(address) && mail.subject().contains(subjectPart))
                .toList();
    }

    /** A mail as a mail program shows it: to whom, the subject, the plain text and the HTML. */
    public record ReceivedMail(String to, String subject, String text, String html) {}

    private static ReceivedMail read(MimeMessage message) {
        try {
            String[] parts = new String[2];
            collect(message, parts);
            return new ReceivedMail(
                    ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress(),
                    message.getSubject(),
                    parts[0],
                    parts[1]);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Part part, String[] parts) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            // lines end in CRLF on the wire
            parts[0] = ((String) part.getContent()).replace("\r\n", "\n");
        } else if (part.isMimeType("text/html")) {
            parts[1] = ((String) part.getContent()).replace("\r\n", "\n");
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
