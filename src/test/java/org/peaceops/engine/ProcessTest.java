package org.peaceops.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.TestPropertySource;

/**
 * A process test: the application without demo data, on its own database, with process-test-coverage
 * recording every flow node and sequence flow ({@link ProcessCoverage}). The coverage recorder accepts
 * process events only while one of these tests runs, so nothing else may start processes in this
 * context. Name such classes *ProcessTest: {@code -Dtest='*ProcessTest'} then runs all of them, which
 * the coverage assertion needs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles("test")
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:process-test;DB_CLOSE_DELAY=-1",
            // a second engine in the same JVM as the @EngineTest context
            "camunda.bpm.process-engine-name=processtest",
            "camunda.bpm.generate-unique-process-application-name=true"
        })
@Import({EmbeddedPostgresConfiguration.class, TestSupport.class, ProcessEngineCoverageConfiguration.class})
@TestExecutionListeners(
        listeners = ProcessCoverage.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {}
