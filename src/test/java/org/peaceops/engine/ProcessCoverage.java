package org.peaceops.engine;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.camunda.community.process_test_coverage.spring_test.common.BaseProcessEngineCoverageTestExecutionListener;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.TestContext;

/**
 * process-test-coverage for the {@link ProcessTest} classes: each class gets its own report, as with
 * the library's listener, and once every process test class of the run has finished, the process
 * tests together must have reached every flow node and sequence flow of every process they started.
 *
 * <p>Why not the library's class assertion: for a class, it counts every process definition that any
 * of its tests touched, all of it. Every process test starts at transition-lifecycle.bpmn (with its
 * event subprocesses for reviews, reports, alerts, mandate and consent messages), and most reach a
 * called process in passing, so each class would have to cover the whole lifecycle and every process
 * it calls: one class of every test. The tests of one process now live in its own class; the promise
 * kept is the one the single class made, that nothing in processes/ goes untested.
 *
 * <p>Run alone, a class is reported but not asserted: the other classes' share of the coverage is
 * missing. {@code -Dtest='*ProcessTest'} and the full build run them all, in one test JVM (Surefire's
 * single fork, which the suite keeps: classes split across JVMs would never complete the set).
 */
public class ProcessCoverage extends BaseProcessEngineCoverageTestExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProcessCoverage.class);

    /**
     * The library's listener is registered for every Spring test (its spring.factories); this
     * inclusion pattern, which matches no test class, keeps it from recording beside this one.
     */
    public static final String NO_TEST_CLASS = "recorded-by-ProcessCoverage";

    /** One collector for the test JVM (one run of the suite): one suite in it per class. */
    private static final DefaultCollector COLLECTOR = new DefaultCollector(new ExecutionContextModelProvider());

    private static final Set<String> FINISHED = new HashSet<>();

    @Override
    protected DefaultCollector getCoverageCollector() {
        return COLLECTOR;
    }

    @Override
    protected boolean isTestClassExcluded(TestContext testContext) {
        return !AnnotatedElementUtils.hasAnnotation(testContext.getTestClass(), ProcessTest.class);
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        super.beforeTestClass(testContext);
        if (!isTestClassExcluded(testContext)) {
            new ProcessEngineAdapter(testContext.getApplicationContext().getBean(ProcessEngine.class), COLLECTOR)
                    .initializeListeners();
        }
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        super.afterTestClass(testContext);
        if (isTestClassExcluded(testContext)) {
            return;
        }
        FINISHED.add(testContext.getTestClass().getName());
        Set<String> notRun = new TreeSet<>(processTestClasses());
        notRun.removeAll(FINISHED);
        if (!notRun.isEmpty()) {
            log.info("Process coverage is asserted once every process test has run; still to run: {}", notRun);
            return;
        }
        report(testContext);
        List<String> gaps = new ArrayList<>();
        Map<String, Set<String>> reached = reached();
        for (Model model : COLLECTOR.getModels()) {
            Set<String> covered = reached.getOrDefault(model.getKey(), Set.of());
            log.info(
                    "{}: the process tests reached {} of its {} flow nodes and sequence flows",
                    model.getKey(),
                    covered.size(),
                    model.getTotalElementCount());
            if (covered.size() < model.getTotalElementCount()) {
                Set<String> never = elements(model);
                never.removeAll(covered);
                gaps.add(model.getKey() + " (" + covered.size() + " of " + model.getTotalElementCount()
                        + "), never reached: " + never);
            }
        }
        if (!gaps.isEmpty()) {
            throw new AssertionError("The process tests leave elements of processes/ untested: " + gaps);
        }
        List<String> undescribed = EveryTaskDescribed.problems(
                testContext.getApplicationContext().getBean(ProcessEngine.class), userTasks());
        if (!undescribed.isEmpty()) {
            throw new AssertionError("Tasks the process tests created are not what people need: " + undescribed);
        }
    }

    /** The ids of every user task of the models the process tests ran. */
    private static Set<String> userTasks() {
        return COLLECTOR.getModels().stream()
                .flatMap(model -> Bpmn.readModelFromStream(
                        new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8)))
                        .getModelElementsByType(UserTask.class)
                        .stream())
                .map(BaseElement::getId)
                .collect(Collectors.toSet());
    }

    /** Every element id reached by any process test, per process definition key. */
    private static Map<String, Set<String>> reached() {
        Map<String, Set<String>> reached = new HashMap<>();
        for (Suite suite : COLLECTOR.getSuites().values()) {
            for (Event event : suite.getEvents()) {
                reached.computeIfAbsent(event.getModelKey(), k -> new HashSet<>())
                        .add(event.getDefinitionKey());
            }
        }
        return reached;
    }

    /** One report of all process test classes together, beside the reports of each class. */
    private static void report(TestContext testContext) {
        Suite all = new Suite("all-process-tests", "all-process-tests");
        for (Suite suite : List.copyOf(COLLECTOR.getSuites().values())) {
            var run = new Run(suite.getId(), suite.getName());
            suite.getEvents().forEach(run::addEvent);
            all.addRun(run);
        }
        COLLECTOR.createSuite(all);
        COLLECTOR.activateSuite(all.getId());
        String directory = testContext
                .getApplicationContext()
                .getBean(ProcessEngineCoverageProperties.class)
                .getReportDirectory();
        CoverageReportUtil.createReport(COLLECTOR, directory);
        CoverageReportUtil.createJsonReport(COLLECTOR, directory);
    }

    /** The flow nodes and sequence flows of the model, to name those no test reached. */
    private static Set<String> elements(Model model) {
        var bpmn =
                Bpmn.readModelFromStream(new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8)));
        return Stream.concat(
                        bpmn.getModelElementsByType(FlowNode.class).stream(),
                        bpmn.getModelElementsByType(SequenceFlow.class).stream())
                .map(BaseElement::getId)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The process test classes on the test classpath. */
    private static Set<String> processTestClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ProcessTest.class));
        return scanner.findCandidateComponents("org.peaceops.engine").stream()
                .map(BeanDefinition::getBeanClassName)
                .collect(Collectors.toSet());
    }
}
