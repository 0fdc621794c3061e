package org.peaceops.engine;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real PostgreSQL for the test run that sets {@code transition.test.database=postgres} (the second
 * Surefire execution). The server is a Spring bean, closed with the context, so the JVM exits at once.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "transition.test.database", havingValue = "postgres")
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
        // Spring stops the server after the engine, not a JVM hook of its own while the engine still writes.
        return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    }

    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedPostgres postgres) {
        var config = new HikariConfig();
        config.setDataSource(postgres.getPostgresDatabase());
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }
}
