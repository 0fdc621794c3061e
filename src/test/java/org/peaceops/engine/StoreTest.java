package org.peaceops.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A store of the project's tables on its own, without the engine: a JDBC slice with the Flyway
 * migrations of src/main/resources/db/migration, each test rolled back. Import the store under test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcTest
// not a generated H2: the test database of this Surefire run, so that the PostgreSQL run slices too
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
// on H2, a database of its own: the application's default is a file under ./data
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:store-test;DB_CLOSE_DELAY=-1")
// not the application class, whose @EnableProcessApplication would want the engine in the slice
@ContextConfiguration(classes = StoreTest.Today.class)
@Import(EmbeddedPostgresConfiguration.class)
public @interface StoreTest {

    /**
     * The slice's configuration: the stores' clock, fixed at the process tests' today. Not annotated:
     * a configuration class would be picked up by the other tests' scan of org.peaceops.engine, and a
     * test configuration would still bring in the application class.
     */
    class Today {

        @Bean
        Clock clock() {
            return Clock.fixed(Transitions.TODAY, ZoneOffset.UTC);
        }
    }
}
