package org.peaceops.engine.camunda;

import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * A node that is told to stop (SIGTERM, a rolling upgrade) first stops acquiring jobs, then lets the
 * jobs it holds finish, before the engine closes. Without it the engine closes while its job threads
 * still run: their transactions fail and the jobs wait out their lock before another node retries
 * them. A job that does not finish in time stays locked and is taken over by another node when the
 * lock expires, as after a crash.
 *
 * <p>It depends on the job executor's thread pool, so Spring stops it before the pool, and before
 * the web server's graceful shutdown (a later phase): the last requests still find the engine.
 */
@Component
@ConditionalOnProperty(prefix = "camunda.bpm.job-execution", name = "enabled", matchIfMissing = true)
public class JobExecutorDrain implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(JobExecutorDrain.class);

    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final TaskExecutor jobThreads;
    private final long drainMillis;
    private volatile boolean running;

    public JobExecutorDrain(
            ProcessEngineConfigurationImpl engineConfiguration,
            @Qualifier("camundaTaskExecutor") TaskExecutor jobThreads,
            @Value("${spring.lifecycle.timeout-per-shutdown-phase:25s}") java.time.Duration drain) {
        this.engineConfiguration = engineConfiguration;
        this.jobThreads = jobThreads;
        this.drainMillis = drain.toMillis();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        var jobExecutor = engineConfiguration.getJobExecutor();
        if (jobExecutor == null || !jobExecutor.isActive()) {
            return;
        }
        // stops the acquisition thread and waits for it: no job is handed to the pool after this
        jobExecutor.shutdown();
        if (jobThreads instanceof ThreadPoolTaskExecutor pool && pool.getThreadPoolExecutor() != null) {
            var threads = pool.getThreadPoolExecutor();
            threads.shutdown();
            try {
                if (!threads.awaitTermination(drainMillis, TimeUnit.MILLISECONDS)) {
                    LOG.warn(
                            "{} job(s) still running after {} ms; their locks expire and another node runs them",
                            threads.getActiveCount(),
                            drainMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LOG.info("Job executor stopped: no job acquired or running on this node");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * The pools' phase: within it Spring stops a bean before those it depends on, so this one before
     * the job threads' pool; the web server's graceful shutdown has a lower phase and comes after.
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
