package org.peaceops.engine.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.peaceops.engine.EmbeddedPostgresConfiguration;
import org.peaceops.engine.TestSupport;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with its demo data, as {@code @EngineTest}, sending its mail to a real SMTP
 * server in the JVM ({@link MailServer}, GreenMail) through {@code spring.mail.*}. A context of its
 * own, on a database of its own: mail is sent on a thread of its own after each commit, which the
 * other tests keep off (they count round trips). The sweep stays off: tests send due mail themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({"demo", "test"})
@Import({EmbeddedPostgresConfiguration.class, TestSupport.class})
@ContextConfiguration(initializers = MailServer.class)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:mail-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000",
            // a third engine in the JVM, beside @EngineTest's and @ProcessTest's
            "camunda.bpm.process-engine-name=mailtest",
            "camunda.bpm.generate-unique-process-application-name=true",
            "transition.mail.deliver=true",
            "transition.mail.base-url=https://transitions.example.org"
        })
public @interface MailTest {}
