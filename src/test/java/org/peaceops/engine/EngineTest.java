package org.peaceops.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with its demo data on the test database (H2, or PostgreSQL in the second
 * run), on a random port. Every test class shares one context per database. Metrics are exported as
 * in production (Spring's tests turn the Prometheus registry off unless asked).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@ActiveProfiles({"demo", "test"})
@Import({EmbeddedPostgresConfiguration.class, TestSupport.class})
public @interface EngineTest {}
