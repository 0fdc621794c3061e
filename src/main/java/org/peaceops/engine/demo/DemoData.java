package org.peaceops.engine.demo;

import static org.peaceops.engine.lifecycle.TransitionLifecycle.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.camunda.spin.plugin.variable.SpinValues;
import org.peaceops.engine.access.ActorGroup;
import org.peaceops.engine.drawdown.DrawdownAlerts;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.peaceops.engine.portfolio.PortfolioImport;
import org.peaceops.engine.registry.TransitionRegistry;
import org.peaceops.engine.reporting.CouncilReportSchedule;
import org.peaceops.engine.review.ReviewSchedule;
import org.peaceops.engine.staffing.OperationStaffing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo: users for every actor group (password = user id); a training exercise whose lifecycle
 * waits at the strategic assessment; and the six reference operations, imported as a portfolio. Loads once per database: a marker in the engine's properties
 * says it has, and later starts leave everything as users changed it.
 */
@Component
@Profile("demo")
public class DemoData {

    static final String LOADED_MARKER = "transition-engine.demo-data-loaded";
    static final String EXERCISE = "TRAINEX";
    static final String MONUSCO = "MONUSCO";

    /**
     * Demo users: id, names, group, and the operations whose tenant they belong to one by one. They are
     * plainly fictional: each surname is the person's role, so that no name is a public figure's.
     */
    static final List<DemoUser> USERS = List.of(
            // headquarters and oversight: their groups belong to every operation
            new DemoUser("hq-planner", "Hana", "Planner", "hq-task-force", List.of()),
            new DemoUser("eosg-officer", "Elias", "Executive", "eosg", List.of()),
            new DemoUser("pbso-officer", "Priya", "Peacebuilding", "pbso", List.of()),
            new DemoUser("manager", "Marta", "Manager", "transition-managers", List.of()),
            new DemoUser("designer", "Dario", "Designer", "process-designers", List.of()),
            // mission components that work on both operations in the demo
            new DemoUser("analyst", "Amara", "Analyst", "mission-analysis", List.of(EXERCISE, MONUSCO)),
            new DemoUser("poc-officer", "Paulo", "Protection", "poc-unit", List.of(EXERCISE, MONUSCO)),
            new DemoUser("gender-officer", "Grace", "Gender", "gender-adviser", List.of(EXERCISE, MONUSCO)),
            new DemoUser("hr-officer", "Hugo", "Rights", "human-rights", List.of(EXERCISE, MONUSCO)),
            new DemoUser("cso-liaison", "Chidi", "Liaison", "civil-society-liaison", List.of(EXERCISE, MONUSCO)),
            new DemoUser("transition-officer", "Tomas", "Cell", "transition-cell", List.of(EXERCISE, MONUSCO)),
            new DemoUser("security-officer", "Sara", "Security", "undss", List.of(EXERCISE, MONUSCO)),
            new DemoUser("support-officer", "Sam", "Support", "mission-support", List.of(EXERCISE, MONUSCO)),
            // each operation's own host government, mission leadership and country team
            new DemoUser("trainex-host", "Tamar", "Host", "host-government", List.of(EXERCISE)),
            new DemoUser("trainex-leadership", "Lena", "Lead", "mission-leadership", List.of(EXERCISE)),
            new DemoUser("trainex-unct", "Uma", "Coordinator", "rc-unct", List.of(EXERCISE)),
            new DemoUser("monusco-host", "Marie", "Host", "host-government", List.of(MONUSCO)),
            new DemoUser("monusco-leadership", "Bintou", "Lead", "mission-leadership", List.of(MONUSCO)),
            new DemoUser("monusco-unct", "Bruno", "Coordinator", "rc-unct", List.of(MONUSCO)),
            // the liaison with SADC, the EAC and the African Union, all in the DRC's record
            new DemoUser("monusco-regional", "Rita", "Regional", "regional-organisation", List.of(MONUSCO)));

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identityService;
    private final ManagementService managementService;
    private final RepositoryService repositoryService;
    private final FormService formService;
    private final TaskService taskService;
    private final ReferencePortfolio referencePortfolio;
    private final PortfolioImport portfolioImport;
    private final TransitionRegistry registry;
    private final ReviewSchedule reviewSchedule;
    private final CouncilReportSchedule reportSchedule;
    private final DrawdownAlerts drawdownAlerts;
    private final DemoLessons demoLessons;
    private final Clock clock;

    public DemoData(
            IdentityService identityService,
            ManagementService managementService,
            RepositoryService repositoryService,
            FormService formService,
            TaskService taskService,
            ReferencePortfolio referencePortfolio,
            PortfolioImport portfolioImport,
            TransitionRegistry registry,
            ReviewSchedule reviewSchedule,
            CouncilReportSchedule reportSchedule,
            DrawdownAlerts drawdownAlerts,
            DemoLessons demoLessons,
            Clock clock) {
        this.identityService = identityService;
        this.managementService = managementService;
        this.repositoryService = repositoryService;
        this.formService = formService;
        this.taskService = taskService;
        this.referencePortfolio = referencePortfolio;
        this.portfolioImport = portfolioImport;
        this.registry = registry;
        this.reviewSchedule = reviewSchedule;
        this.drawdownAlerts = drawdownAlerts;
        this.reportSchedule = reportSchedule;
        this.demoLessons = demoLessons;
        this.clock = clock;
    }

    @EventListener(PostDeployEvent.class)
    @Order(2)
    public void load() {
        if (managementService.getProperties().containsKey(LOADED_MARKER)) {
            LOG.info("Demo data already loaded; leaving it as it is");
            return;
        }
        USERS.forEach(this::createUser);
        // the reference portfolio first: the exercise's terms of reference show its lessons
        importReferencePortfolio();
        openOperations();
        demoLessons.record();
        start(
                EXERCISE,
                Map.of(
                        OPERATION_CODE, EXERCISE,
                        OPERATION_NAME, "Training exercise: UN Transition Mission in Arcadia (fictional)",
                        HOST_COUNTRY, "XAR",
                        TRANSITION_TRIGGER, "PLANNED",
                        TRANSITION_STARTED_ON, LocalDate.now(clock).toString()));
        managementService.setProperty(LOADED_MARKER, LocalDate.now(clock).toString());
        LOG.info("Demo data loaded: {} users, training exercise {}, the reference portfolio", USERS.size(), EXERCISE);
    }

    private void createUser(DemoUser demo) {
        if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
            return;
        }
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setPassword(demo.id());
        user.setEmail(demo.id() + "@demo.invalid");
        identityService.saveUser(user);
        identityService.createMembership(demo.id(), demo.group());
    }

    /**
     * The six reference operations, through the portfolio import as headquarters would load them;
     * MONUSCO, in drawdown, resumes at its first open phase, with its first benchmark review and its
     * first report to the Council at once, and the check of its drawdown's dates.
     */
    private void importReferencePortfolio() {
        identityService.setAuthentication("hq-planner", List.of("hq-task-force"), List.of());
        try {
            portfolioImport.importDocument(referencePortfolio.document(), "hq-planner");
        } finally {
            identityService.clearAuthentication();
        }
        addStaff(MONUSCO);
        // the first quarterly review and the first report would come in three months: the demo shows them now
        var monusco = registry.find(MONUSCO).orElseThrow();
        reviewSchedule.bringForward(monusco);
        reportSchedule.bringForward(monusco);
        // ... and the first check of the drawdown's dates, tomorrow: it finds Minembwe still open now
        drawdownAlerts.bringForward(monusco);
    }

    /**
     * Headquarters staffs the operation as anyone would: through its "Staff the operation" task, with
     * the demo users of each group who work on it.
     */
    private void addStaff(String operationCode) {
        Map<String, Object> staff = new HashMap<>();
        for (ActorGroup group : OperationStaffing.STAFFED_GROUPS) {
            List<String> people = USERS.stream()
                    .filter(u -> u.group().equals(group.id()) && u.operations().contains(operationCode))
                    .map(DemoUser::id)
                    .toList();
            staff.put(
                    OperationStaffing.staffKey(group),
                    SpinValues.jsonValue(people.stream()
                                    .map(id -> "\"" + id + "\"")
                                    .collect(Collectors.joining(",", "[", "]")))
                            .create());
        }
        var task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(operationCode)
                .taskDefinitionKey(OperationStaffing.TASK_STAFF_OPERATION)
                .singleResult();
        identityService.setAuthentication("hq-planner", List.of("hq-task-force"), List.of(operationCode));
        try {
            // through the form, as Tasklist submits it: the values land on the task, where the form reads them
            formService.submitTaskForm(task.getId(), staff);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Starts a lifecycle as HQ would, through the start form, then adds the operation's staff to its tenant. */
    private void start(String operationCode, Map<String, Object> startValues) {
        String definitionId = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(TransitionLifecycle.PROCESS_ID)
                .latestVersion()
                .singleResult()
                .getId();
        identityService.setAuthentication("hq-planner", List.of("hq-task-force"), List.of());
        try {
            formService.submitStartForm(definitionId, operationCode, startValues);
        } finally {
            identityService.clearAuthentication();
        }
        openOperations();
        addStaff(operationCode);
    }

    /**
     * Runs the jobs that open the operations just started (Task_OpenOperation) at once, as the job
     * executor would within moments: the demo's staff join them now, and a node that loads the demo
     * without a job executor still shows them open.
     */
    private void openOperations() {
        managementService
                .createJobQuery()
                .activityId(TransitionLifecycle.TASK_OPEN_OPERATION)
                .executable()
                .list()
                .forEach(job -> managementService.executeJob(job.getId()));
    }

    record DemoUser(String id, String firstName, String lastName, String group, List<String> operations) {}
}
