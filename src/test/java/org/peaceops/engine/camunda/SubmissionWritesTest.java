package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.jobexecutor.AsyncContinuationJobHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.ProcessDriver;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a form submission leaves in the engine's tables: the variable and each of its updates in the
 * history (no form-field copies of them, no log of the job it leaves when that job succeeds, and no
 * removal time while the transition runs), and one grant
 * per candidate group on every task it opens, however the grants were looked up.
 */
@EngineTest
class SubmissionWritesTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessDriver driver;

    @Autowired
    Transitions transitions;

    String code;
    String assessment;

    @BeforeEach
    void termsOfReferenceSubmitted() {
        code = transitions.newOperation();
        driver.startLifecycle(code);
        driver.complete(code, StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE);
        assessment = driver.called(StrategicAssessment.PROCESS_ID, code).getId();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theHistoryKeepsEachVariableUpdateButNoFormFieldCopies() {
        var history = engine.getHistoryService();
        var link = history.createHistoricVariableInstanceQuery()
                .processInstanceId(assessment)
                .variableName(StrategicAssessment.TERMS_OF_REFERENCE_LINK)
                .singleResult();
        assertThat(link.getValue())
                .isEqualTo(driver.submitted(code, "form-draft-terms-of-reference")
                        .get(StrategicAssessment.TERMS_OF_REFERENCE_LINK));
        assertThat(history.createHistoricDetailQuery()
                        .variableUpdates()
                        .variableInstanceId(link.getId())
                        .count())
                .isOne();
        assertThat(history.createHistoricDetailQuery()
                        .formFields()
                        .processInstanceId(assessment)
                        .count())
                .isZero();
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(assessment)
                        .taskDefinitionKey(StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE)
                        .finished()
                        .count())
                .isOne();
    }

    @Test
    void theJobAfterTheTermsOfReferenceLeavesItsStepInTheActivityHistoryAndNoJobLogOfItsSuccess() {
        var history = engine.getHistoryService();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(assessment)
                        .activityId(StrategicAssessment.TASK_DRAFT_TERMS_OF_REFERENCE)
                        .finished()
                        .count())
                .isOne();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(assessment)
                        .count())
                .as("the job ran: the tasks after the terms of reference are open")
                .isGreaterThan(1);
        assertThat(history.createHistoricJobLogQuery()
                        .processInstanceId(assessment)
                        .jobDefinitionType(AsyncContinuationJobHandler.TYPE)
                        .count())
                .as("neither its creation nor its success")
                .isZero();
    }

    @Test
    void nothingOfARunningTransitionsHistoryHasARemovalTimeYet() {
        var history = engine.getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(assessment)
                        .singleResult()
                        .getRemovalTime())
                .as("removed from the end of the lifecycle on, not from the start")
                .isNull();
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(assessment)
                        .finished()
                        .singleResult()
                        .getRemovalTime())
                .isNull();
    }

    @Test
    void everyTaskTheSubmissionOpensGrantsEachCandidateGroupOnce() {
        List<Task> opened = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(assessment)
                .list();
        assertThat(opened).hasSizeGreaterThan(1);
        for (Task task : opened) {
            List<String> candidates = driver.groupsOf(task);
            assertThat(candidates).isNotEmpty();
            for (String group : candidates) {
                assertThat(grants(task.getId(), group))
                        .as("grants of %s on %s", group, task.getTaskDefinitionKey())
                        .singleElement()
                        .matches(grant -> grant.isPermissionGranted(TaskPermissions.TASK_WORK));
            }
        }
    }

    @Test
    void aGroupAddedTwiceToAnOpenTaskHasOneGrant() {
        Task task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(assessment)
                .listPage(0, 1)
                .get(0);
        engine.getTaskService().addCandidateGroup(task.getId(), "mission-leadership");
        engine.getTaskService().addCandidateGroup(task.getId(), "mission-leadership");

        assertThat(grants(task.getId(), "mission-leadership")).hasSize(1);
    }

    private List<Authorization> grants(String taskId, String groupId) {
        return engine.getAuthorizationService()
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .resourceId(taskId)
                .groupIdIn(groupId)
                .list();
    }
}
