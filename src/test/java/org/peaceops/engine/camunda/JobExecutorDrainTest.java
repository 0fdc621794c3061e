package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A node told to stop finishes the jobs it holds and takes no more, on a real engine with the same
 * job executor and thread pool as the application's (its own in-memory database).
 */
class JobExecutorDrainTest {

    private final CountDownLatch jobStarted = new CountDownLatch(1);
    private final AtomicInteger jobsFinished = new AtomicInteger();
    private ProcessEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aStoppingNodeLetsTheJobUnderWayCommitAndAcquiresNoOtherJob() throws Exception {
        ThreadPoolTaskExecutor jobThreads = jobThreads();
        var configuration = engineWith(jobThreads);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "drain.bpmn",
                        Bpmn.createExecutableProcess("drain")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("slowStep")
                                .camundaAsyncBefore()
                                .camundaDelegateExpression("${slowStep}")
                                .endEvent()
                                .done())
                .deploy();
        engine.getRuntimeService().startProcessInstanceByKey("drain");
        assertThat(jobStarted.await(20, TimeUnit.SECONDS)).as("the job started").isTrue();

        var drain = new JobExecutorDrain(configuration, jobThreads, Duration.ofSeconds(20));
        drain.start();
        drain.stop();

        assertThat(jobsFinished).as("the job under way finished").hasValue(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .as("its transaction committed: the instance ended")
                .isZero();
        assertThat(configuration.getJobExecutor().isActive()).isFalse();
        assertThat(drain.isRunning()).isFalse();

        engine.getRuntimeService().startProcessInstanceByKey("drain");
        Thread.sleep(500); // ten acquisition intervals of a running executor
        assertThat(engine.getManagementService().createJobQuery().count())
                .as("a new job waits for another node")
                .isEqualTo(1);
        assertThat(jobsFinished).hasValue(1);
    }

    private ThreadPoolTaskExecutor jobThreads() {
        var pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(2);
        pool.setQueueCapacity(3);
        pool.initialize();
        return pool;
    }

    private ProcessEngineConfigurationImpl engineWith(ThreadPoolTaskExecutor jobThreads) {
        var jobExecutor = new SpringJobExecutor();
        jobExecutor.setTaskExecutor(jobThreads);
        jobExecutor.setWaitTimeInMillis(50);
        jobExecutor.setMaxWait(50);
        JavaDelegate slowStep = execution -> {
            jobStarted.countDown();
            Thread.sleep(1500);
            jobsFinished.incrementAndGet();
        };
        var configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                        .setJdbcUrl("jdbc:h2:mem:drain-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=1000")
                        .setProcessEngineName("drain-" + UUID.randomUUID())
                        .setJobExecutorActivate(true);
        configuration.setJobExecutor(jobExecutor);
        configuration.setBeans(Map.of("slowStep", slowStep));
        return configuration;
    }
}
