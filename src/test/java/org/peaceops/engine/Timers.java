package org.peaceops.engine;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.peaceops.engine.drawdown.DrawdownPhase;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.peaceops.engine.monitoring.PostTransition;
import org.peaceops.engine.review.BenchmarkReview;

/**
 * The timers of an operation's processes, brought due on the engine's clock and run as the job
 * executor would (the process tests run without one).
 */
public class Timers {

    private final ProcessEngine engine;
    private final ProcessDriver driver;

    public Timers(ProcessEngine engine, ProcessDriver driver) {
        this.engine = engine;
        this.driver = driver;
    }

    /** The day so many days after the engine's today, as a form gives it. */
    public static String inDays(int days) {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC)
                .plusDays(days)
                .toString();
    }

    public Job reviewTimer(ProcessInstance lifecycle) {
        return lifecycleTimer(lifecycle, TransitionLifecycle.START_REVIEW_PERIOD_ELAPSED);
    }

    /** Moves the clock to the next review, lets the timer fire and opens the review. */
    public ProcessInstance review(String operationCode, ProcessInstance lifecycle) {
        fire(operationCode, reviewTimer(lifecycle));
        // the latest review, running or (without benchmarks) already ended
        String id = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(BenchmarkReview.PROCESS_ID)
                .processInstanceBusinessKey(operationCode)
                .orderByProcessInstanceStartTime()
                .desc()
                .list()
                .get(0)
                .getId();
        var instance = new ExecutionEntity();
        instance.setId(id);
        instance.setProcessInstanceId(id);
        return instance;
    }

    public Job reportTimer(ProcessInstance lifecycle) {
        return lifecycleTimer(lifecycle, TransitionLifecycle.START_REPORTING_PERIOD_ELAPSED);
    }

    /** Moves the clock to the next report, lets the timer fire and opens the report. */
    public void openReport(String operationCode, ProcessInstance lifecycle) {
        fire(operationCode, reportTimer(lifecycle));
    }

    /** The lifecycle's daily check of the drawdown's dates comes due, and runs. */
    public void checkDrawdown(String operationCode, ProcessInstance lifecycle) {
        var timer = lifecycleTimer(lifecycle, TransitionLifecycle.START_DRAWDOWN_CHECK_DUE);
        if (timer.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(timer.getDuedate());
        }
        engine.getManagementService().executeJob(timer.getId());
        driver.runJobs(operationCode);
    }

    /** The timer of the next relapse check of the post-transition monitoring. */
    public Job checkTimer(String operationCode) {
        return engine.getManagementService()
                .createJobQuery()
                .tenantIdIn(operationCode)
                .activityId(PostTransition.EVENT_CHECK_DUE)
                .singleResult();
    }

    /** The next check of the monitoring comes due, and runs. */
    public void nextQuarter(String operationCode) {
        ClockUtil.setCurrentTime(
                Date.from(checkTimer(operationCode).getDuedate().toInstant().plusSeconds(60)));
        driver.runJobs(operationCode);
    }

    /** The day HQ chose has come: the paused phase's readiness is reviewed again. */
    public void reviewAgain(String operationCode) {
        var timer = engine.getManagementService()
                .createJobQuery()
                .activityId(DrawdownPhase.EVENT_REVIEW_AGAIN_DUE)
                .tenantIdIn(operationCode)
                .singleResult();
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plusSeconds(60)));
        driver.runJobs(operationCode);
    }

    private Job lifecycleTimer(ProcessInstance lifecycle, String activityId) {
        return engine.getManagementService()
                .createJobQuery()
                .processInstanceId(lifecycle.getId())
                .activityId(activityId)
                .singleResult();
    }

    /** The clock at the timer's due date, the timer run, then what it started up to its waits. */
    private void fire(String operationCode, Job timer) {
        ClockUtil.setCurrentTime(timer.getDuedate());
        engine.getManagementService().executeJob(timer.getId());
        driver.runJobs(operationCode);
    }
}
