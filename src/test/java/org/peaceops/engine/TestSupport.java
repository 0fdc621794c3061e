package org.peaceops.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.peaceops.engine.portfolio.PortfolioImport;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Helpers shared by the Spring tests. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

    /**
     * Reports per database run. No class assertion: {@link ProcessCoverage} asserts that the process
     * tests together cover every flow node and sequence flow of the processes they drive.
     */
    @Bean
    @Primary
    ProcessEngineCoverageProperties coverageProperties() {
        String database = System.getProperty("transition.test.database", "h2");
        return ProcessEngineCoverageProperties.builder()
                .addInclusionPatternForTestClasses(ProcessCoverage.NO_TEST_CLASS)
                .reportDirectory("target/process-test-coverage/" + database)
                .build();
    }

    /** Static: a post-processor of the data source, created before the other beans. */
    @Bean
    static RoundTripCounter roundTripCounter() {
        return new RoundTripCounter();
    }

    @Bean
    IdentityLookups identityLookups() {
        return new IdentityLookups();
    }

    @Bean
    FormFiller formFiller(Clock clock) {
        return new FormFiller(clock);
    }

    @Bean
    ProcessDriver processDriver(ProcessEngine engine, FormFiller forms, JdbcClient jdbc) {
        return new ProcessDriver(engine, forms, jdbc);
    }

    @Bean
    Transitions transitions(
            ProcessEngine engine,
            ProcessDriver driver,
            JdbcClient jdbc,
            PortfolioImport portfolioImport,
            ObjectMapper json) {
        return new Transitions(engine, driver, jdbc, portfolioImport, json);
    }

    @Bean
    Timers timers(ProcessEngine engine, ProcessDriver driver) {
        return new Timers(engine, driver);
    }
}
