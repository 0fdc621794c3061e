package org.peaceops.engine.bench;

import static org.peaceops.engine.bench.BenchTable.figure;
import static org.peaceops.engine.bench.BenchTable.millis;
import static org.peaceops.engine.bench.BenchWork.expect;
import static org.peaceops.engine.bench.BenchWork.expectSuccess;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EmbeddedPostgresConfiguration;
import org.peaceops.engine.FormFiller;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.WebappSession;
import org.peaceops.engine.access.OperationTenants;
import org.peaceops.engine.assessment.StrategicAssessment;
import org.peaceops.engine.bench.BenchTable.Sample;
import org.peaceops.engine.lifecycle.TransitionLifecycle;
import org.peaceops.engine.review.BenchmarkReview;
import org.peaceops.engine.shared.OperationVariables;
import org.peaceops.engine.shared.WorkingLanguage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The performance bench of issue 15 (docs/performance.md): the application with its real engine on
 * embedded PostgreSQL, no demo data, a synthetic portfolio imported over HTTP, then each figure of the
 * issue's table beside the bare-engine reference measured in the same run. It measures and prints; it
 * asserts no time. Runs only in the Maven profile {@code bench}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"transition.api.max-body-bytes=67108864"})
@ActiveProfiles("test")
@Import({EmbeddedPostgresConfiguration.class, BenchConfiguration.class})
class PerformanceBench {

    static final String HQ = "bench-hq";
    static final String STAFF = "bench-staff";
    /** Member of the groups of the eight analyses and consultations the terms of reference open. */
    static final String ASSESSOR = "bench-assessor";

    static final String BARE = "bench-bare";
    /** The bare process again, its first task with the draft options' form (deployed with it). */
    static final String BARE_WITH_VALUES = "bench-bare-values";

    static final String OPTIONS_FORM = "form-draft-options";
    /** Requests of each report measured (a single request told the load more than the report). */
    static final int REPORT_RUNS = 3;
    /**
     * Requests of each report before those measured: the report's code (the decisions, the forecasts)
     * was still being compiled by the JIT after one (as of 2023-06-30: 0.83, 0.65 then 0.60 s in a
     * paused run of the bench, its fifth to seventh).
     */
    static final int REPORT_WARMUPS = 3;

    final int operations = Integer.getInteger("bench.operations", 1000);
    final int chunk = Integer.getInteger("bench.chunk", 10);
    final int concurrentTasks = Integer.getInteger("bench.concurrent.tasks", 200);
    final int runs = Integer.getInteger("bench.runs", 5);
    final int concurrentRounds = Integer.getInteger("bench.concurrent.rounds", 5);
    final int concurrentWarmUps = Integer.getInteger("bench.concurrent.warmups", 3);
    /** Measurements added to the imported portfolio's, as in the figures: a million. */
    final int extraMeasurements = Integer.getInteger("bench.extra.measurements", 1_000_000);

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Autowired
    RoundTrips roundTrips;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    OperationTenants tenants;

    @Autowired
    Clock clock;

    FormFiller forms;
    RestClient rest;
    BenchWork work;
    final ObjectMapper json = new ObjectMapper();
    final BenchTable table = new BenchTable();

    @Test
    void measure() throws Exception {
        forms = new FormFiller(clock);
        rest = new RestClient(port);
        work = new BenchWork(engine, forms, rest);
        createUsers();
        deployBareProcess();

        importPortfolio();
        addExtraMeasurements();
        settleTheDatabase();
        int ongoingIndex = 9;
        String ongoing = SyntheticPortfolio.code(ongoingIndex);
        tenants.addStaff(ongoing, STAFF);
        giveTheStaffAPageOfTasks(ongoing, SyntheticPortfolio.name(ongoingIndex));
        work.startTransitions(3);

        measureReport();
        measureOperation(ongoing);
        measureFilters();
        measureBasicAgainstSession();
        measureSubmits();
        measureStarts();
        new ConcurrentRounds(
                        work,
                        new ConcurrentSubmits(port, work::runJobsOf),
                        concurrentTasks,
                        concurrentRounds,
                        concurrentWarmUps)
                .measure(table);

        String header = "# Performance bench, " + Instant.now(clock) + "\n\n" + operations + " operations × "
                + SyntheticPortfolio.BENCHMARKS + " benchmarks × " + SyntheticPortfolio.INDICATORS + " indicators × "
                + SyntheticPortfolio.MEASUREMENTS + " measurements, plus " + extraMeasurements
                + " measurements spread over the indicators, embedded PostgreSQL; " + machine()
                + "\nrt = JDBC round trips (statements + commits + rollbacks) per request; times are wall times "
                + "over loopback, median of " + runs + " after warm-up unless said otherwise.\n";
        table.write(Path.of("target/bench/report.md"), header);
        System.out.println("\n" + header + "\n" + table.markdown());
        System.out.println("round trips of the whole run: " + roundTrips.breakdown());
    }

    private void importPortfolio() {
        long roundTripsBefore = roundTrips.total();
        long start = System.nanoTime();
        for (ObjectNode document : SyntheticPortfolio.documents(operations, chunk)) {
            expect(rest.post("/api/portfolio", HQ, document), 201);
        }
        // counted with the import: the jobs it leaves, which open the transitions started at the assessment
        openImportedOperations();
        double millis = (System.nanoTime() - start) / 1e6;
        long perOperation = (roundTrips.total() - roundTripsBefore) / operations;
        table.add(
                "import, per operation (" + operations + " in documents of " + chunk + ")",
                perOperation + " rt, " + millis(millis / operations),
                "–",
                "≤ 30 rt",
                perOperation <= 30);
    }

    /**
     * More measurements, as an indicator measured every week would have: spread evenly over every
     * indicator of the portfolio, weekly from its first measurement on, values in the indicator's range,
     * seeded. Written straight into the table in batches (the import's API would take an hour for a
     * million); the reports then read them as they read any.
     */
    private void addExtraMeasurements() {
        if (extraMeasurements <= 0) {
            return;
        }
        record Indicator(long id, boolean percent, LocalDate first) {}
        var random = new java.util.Random(15);
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Indicator> indicators = new ArrayList<>();
            try (var query = connection.createStatement();
                    var rows = query.executeQuery(
                            "select i.id, i.type, min(m.as_of) first_as_of from indicator i join measurement m"
                                    + " on m.indicator_id = i.id group by i.id, i.type order by i.id")) {
                while (rows.next()) {
                    indicators.add(new Indicator(
                            rows.getLong("id"),
                            "PERCENT".equals(rows.getString("type")),
                            rows.getObject("first_as_of", LocalDate.class)));
                }
            }
            var recordedAt = java.sql.Timestamp.from(Instant.now(clock));
            try (var insert = connection.prepareStatement(
                    "insert into measurement (indicator_id, as_of, measured, recorded_by, recorded_at)"
                            + " values (?, ?, ?, 'bench', ?)")) {
                for (int n = 0; n < extraMeasurements; n++) {
                    Indicator indicator = indicators.get(n % indicators.size());
                    int week = 1 + n / indicators.size();
                    insert.setLong(1, indicator.id());
                    insert.setObject(2, indicator.first().plusWeeks(week));
                    insert.setString(
                            3, String.valueOf(indicator.percent() ? random.nextInt(101) : random.nextInt(600)));
                    insert.setTimestamp(4, recordedAt);
                    insert.addBatch();
                    if (n % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the extra measurements could not be written", e);
        }
    }

    /**
     * VACUUM ANALYZE after the bulk import, as PostgreSQL's autovacuum would do on its own a little
     * later: measured right after the import, the first rows ran beside autovacuum's pass over the
     * freshly loaded tables, and were planned without statistics on them.
     */
    private void settleTheDatabase() {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("vacuum analyze");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("VACUUM ANALYZE failed", e);
        }
    }

    private void measureReport() {
        // the report is the slow row: warm-ups, then the median of three requests, per format and date
        Sample json = median(REPORT_WARMUPS, REPORT_RUNS, i -> rest.get("/api/reports/transition-status", HQ));
        Sample csv =
                median(REPORT_WARMUPS, REPORT_RUNS, i -> rest.get("/api/reports/transition-status?format=csv", HQ));
        String target = "≤ 1 s and ≤ 60 rt";
        String warmedUp = " after " + REPORT_WARMUPS + " of warm-up";
        table.add(
                "`GET /api/reports/transition-status` JSON, median of " + REPORT_RUNS + warmedUp,
                figure(json),
                "–",
                target,
                withinReport(json));
        table.add(
                "`GET /api/reports/transition-status` CSV, median of " + REPORT_RUNS + warmedUp,
                figure(csv),
                "–",
                target,
                withinReport(csv));
        // today the completed nine tenths are past their 24-month window; on this date about half of them are in it
        Sample inWindow = median(
                REPORT_WARMUPS, REPORT_RUNS, i -> rest.get("/api/reports/transition-status?asOf=2023-06-30", HQ));
        table.add(
                "`GET /api/reports/transition-status?asOf=2023-06-30` JSON, median of " + REPORT_RUNS + warmedUp,
                figure(inWindow),
                "–",
                target,
                withinReport(inWindow));
    }

    private static boolean withinReport(Sample sample) {
        return sample.millis() <= 1000 && sample.roundTrips() <= 60;
    }

    private void measureOperation(String code) {
        Sample operation = median(2, runs, i -> rest.get("/api/operations/" + code, HQ));
        Sample benchmarks = median(2, runs, i -> rest.get("/api/operations/" + code + "/benchmarks", HQ));
        table.add("`GET /api/operations/{code}`", figure(operation), "–", "the report's path", null);
        table.add("`GET /api/operations/{code}/benchmarks`", figure(benchmarks), "–", "the report's path", null);
    }

    private void measureFilters() {
        int hqFilters = expect(rest.get("/engine-rest/filter", HQ), 200).json().size();
        int staffFilters =
                expect(rest.get("/engine-rest/filter", STAFF), 200).json().size();
        table.add(
                "Tasklist filters visible to an HQ user (staff of one operation)",
                String.valueOf(hqFilters),
                String.valueOf(staffFilters),
                "≤ 15",
                hqFilters <= 15);
        Sample hq = median(1, runs, i -> rest.get("/engine-rest/filter?itemCount=true", HQ));
        Sample staff = median(1, runs, i -> rest.get("/engine-rest/filter?itemCount=true", STAFF));
        table.add(
                "HQ `GET /engine-rest/filter?itemCount=true` (vs staff of one operation)",
                figure(hq),
                figure(staff),
                "–",
                null);
        InTurn[] tasks = medianInTurn(TASK_LIST_RUNS, () -> rest.get(TASK_LIST, HQ), () -> rest.get(TASK_LIST, STAFF));
        InTurn hqTasks = tasks[0];
        InTurn staffTasks = tasks[1];
        table.add(
                "task list, HQ user vs user of one operation (a page of 15 of the project's tasks each: headquarters'"
                        + " in the transitions, the staff member's measurements in their operation's benchmark review;"
                        + " median of " + TASK_LIST_RUNS + " each, in turn; in brackets, the median time in the"
                        + " request's statements, as JDBC executed them)",
                hqTasks.figure(),
                staffTasks.figure(),
                "≤ 1.1× time",
                hqTasks.millis() <= 1.1 * staffTasks.millis());
    }

    private void measureBasicAgainstSession() {
        var session = WebappSession.signIn(port, HQ);
        String query = "/task?maxResults=15&sortBy=created&sortOrder=desc";
        Sample basic = median(2, runs, i -> rest.get("/engine-rest" + query, HQ));
        Sample webapp = median(2, runs, i -> session.get("/camunda/api/engine/engine/default" + query));
        table.add(
                "task list over HTTP Basic vs the same in a webapp session",
                figure(basic),
                figure(webapp) + " (session)",
                "≤ 1 rt more",
                basic.roundTrips() <= webapp.roundTrips() + 1);
    }

    private void measureSubmits() {
        List<Task> ours = work.ourTasks(2 + runs);
        List<Task> bare = work.bareTasks(2 + runs);
        Sample our = median(2, runs, i -> work.submit(rest, ours.get(i)));
        Sample ourJob =
                medianOfWork(2, runs, () -> {}, i -> work.runJobsOf(ours.get(i).getProcessInstanceId()));
        Sample reference = median(2, runs, i -> work.submit(rest, bare.get(i)));
        if (Boolean.getBoolean("bench.statements")) {
            writeStatements();
        }
        table.add(
                "`submit-form` on our task (draft terms of reference) vs a bare two-task process",
                figure(our),
                figure(reference),
                "≤ 1.1× rt",
                our.roundTrips() <= 1.1 * reference.roundTrips());
        table.add(
                "the submit's job after its commit (the eight tasks the terms of reference open), run by the bench as the job executor would",
                figure(ourJob),
                "–",
                "reported",
                null);
    }

    private static final String TASK_LIST = "/engine-rest/task?maxResults=15&sortBy=created&sortOrder=desc";
    /**
     * The task lists are compared by a ratio (1.1×) of two or three milliseconds: more requests than
     * other rows (with 41, the median moved by a few hundredths from one pass to the next).
     */
    private static final int TASK_LIST_RUNS = 201;

    /** The statements of one more submit, start and task list of each kind, to see where round trips go. */
    private void writeStatements() {
        writeStatements("tasklist-hq", () -> rest.get(TASK_LIST, HQ));
        writeStatements("tasklist-staff", () -> rest.get(TASK_LIST, STAFF));
        Task ourTask = work.ourTasks(1).get(0);
        Task bareTask = work.bareTasks(1).get(0);
        Map<String, Object> ourStart = work.startBody();
        writeStatements("submit-ours", () -> work.submit(rest, ourTask));
        writeStatements("submit-job-ours", () -> {
            work.runJobsOf(ourTask.getProcessInstanceId());
            return null;
        });
        Task analysis = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(ourTask.getProcessInstanceId())
                .taskDefinitionKey("Task_ConflictAnalysis")
                .initializeFormKeys()
                .singleResult();
        writeStatements(
                "submit-analysis-ours",
                () -> rest.post(
                        "/engine-rest/task/" + analysis.getId() + "/submit-form", ASSESSOR, work.body(analysis)));
        writeStatements("submit-analysis-job-ours", () -> {
            work.runJobsOf(analysis.getProcessInstanceId());
            return null;
        });
        List<Task> twoOptions = new ConcurrentRounds(work, new ConcurrentSubmits(port, work::runJobsOf), 1, 1, 0)
                .draftOptions(work.ourTasks(2));
        // the first submit of its kind reads what the server then keeps (its form's fields): the second is the rounds'
        expectSuccess(work.submit(rest, twoOptions.get(1)));
        Task options = twoOptions.get(0);
        writeStatements("submit-options-ours", () -> work.submit(rest, options));
        writeStatements("submit-bare", () -> work.submit(rest, bareTask));
        writeStatements(
                "start-ours", () -> rest.post(BenchWork.definition(TransitionLifecycle.PROCESS_ID), HQ, ourStart));
        writeStatements("start-bare", () -> rest.post(BenchWork.definition(BARE), HQ, Map.of("variables", Map.of())));
    }

    /** The statements of one request, or of work in this JVM (a job) when the supplier gives null. */
    private void writeStatements(String name, Supplier<RestClient.Response> request) {
        roundTrips.capture();
        var response = request.get();
        if (response != null) {
            expectSuccess(response);
        }
        try {
            Files.createDirectories(Path.of("target/bench"));
            Files.write(Path.of("target/bench/statements-" + name + ".txt"), roundTrips.stopCapture());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void measureStarts() {
        // each start's job runs before the next start, as the job executor would, outside the request's count
        List<String> started = new ArrayList<>();
        Sample our = medianOfWork(
                2,
                runs,
                () -> {
                    if (!started.isEmpty()) {
                        work.runJobsOf(started.get(started.size() - 1));
                    }
                },
                i -> {
                    var response =
                            rest.post(BenchWork.definition(TransitionLifecycle.PROCESS_ID), HQ, work.startBody());
                    expectSuccess(response);
                    started.add(response.json().path("id").asText());
                });
        work.runJobsOf(started.get(started.size() - 1));
        Sample reference =
                median(2, runs, i -> rest.post(BenchWork.definition(BARE), HQ, Map.of("variables", Map.of())));
        table.add(
                "start of a transition vs start of a bare process (`submit-form`)",
                figure(our),
                figure(reference),
                "≤ 1.3× rt",
                our.roundTrips() <= 1.3 * reference.roundTrips());
        List<String> more = new ArrayList<>();
        for (int i = 0; i < 2 + runs; i++) {
            var response = rest.post(BenchWork.definition(TransitionLifecycle.PROCESS_ID), HQ, work.startBody());
            more.add(expect(response, 200).json().path("id").asText());
        }
        Sample job = medianOfWork(2, runs, () -> {}, i -> work.runJobsOf(more.get(i)));
        table.add(
                "the start's job after its commit (Task_OpenOperation: tenant, filter, staffing, first task), run by the bench as the job executor would",
                figure(job),
                "–",
                "reported",
                null);
    }

    /** Runs the jobs that open the operations of transitions started at the assessment, as the job executor would. */
    private void openImportedOperations() {
        var management = engine.getManagementService();
        management
                .createJobQuery()
                .activityId(TransitionLifecycle.TASK_OPEN_OPERATION)
                .executable()
                .list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    /** Like {@link #median}, for any work: each time after {@code unmeasured}, which is not counted. */
    private Sample medianOfWork(int warmups, int count, Runnable unmeasured, IntConsumer work) {
        for (int i = 0; i < warmups; i++) {
            unmeasured.run();
            work.accept(i);
        }
        long[] trips = new long[count];
        double[] times = new double[count];
        for (int i = 0; i < count; i++) {
            unmeasured.run();
            long before = roundTrips.total();
            long start = System.nanoTime();
            work.accept(warmups + i);
            times[i] = (System.nanoTime() - start) / 1e6;
            trips[i] = roundTrips.total() - before;
        }
        return medianOf(trips, times);
    }

    /** The median round trips and the median time (each sorted on its own). */
    private static Sample medianOf(long[] trips, double[] times) {
        Arrays.sort(trips);
        Arrays.sort(times);
        return new Sample(trips[trips.length / 2], times[times.length / 2]);
    }

    /** Medians of requests measured in turn: round trips, wall time, and the time in their statements. */
    record InTurn(long roundTrips, double millis, double databaseMillis) {

        String figure() {
            return "%d rt, %.2f ms (%.2f ms)".formatted(roundTrips, millis, databaseMillis);
        }
    }

    /**
     * The medians of two requests sent in turn, A B B A A B ..., after as many of each as warm-up: a
     * ratio of two lists a few milliseconds long, measured one after the other, moved by a tenth with
     * whichever ran second, on a warmer JVM or in a quieter moment.
     */
    private InTurn[] medianInTurn(
            int count, Supplier<RestClient.Response> first, Supplier<RestClient.Response> second) {
        long[][] trips = new long[2][count];
        double[][] times = new double[2][count];
        double[][] database = new double[2][count];
        for (int round = -count; round < count; round++) {
            for (int turn = 0; turn < 2; turn++) {
                int which = (Math.floorMod(round, 2) == 0) == (turn == 0) ? 0 : 1;
                long before = roundTrips.total();
                long waitedBefore = roundTrips.waitedNanos();
                long start = System.nanoTime();
                expectSuccess((which == 0 ? first : second).get());
                if (round >= 0) {
                    times[which][round] = (System.nanoTime() - start) / 1e6;
                    database[which][round] = (roundTrips.waitedNanos() - waitedBefore) / 1e6;
                    trips[which][round] = roundTrips.total() - before;
                }
            }
        }
        InTurn[] medians = new InTurn[2];
        for (int which = 0; which < 2; which++) {
            Sample sample = medianOf(trips[which], times[which]);
            Arrays.sort(database[which]);
            medians[which] = new InTurn(sample.roundTrips(), sample.millis(), database[which][count / 2]);
        }
        return medians;
    }

    /** Median round trips and median time of {@code runs} requests after {@code warmups}; request i gets index i. */
    private Sample median(int warmups, int count, IntFunction<RestClient.Response> request) {
        return medianOfWork(warmups, count, () -> {}, i -> expectSuccess(request.apply(i)));
    }

    /** A user of the HQ task force, whose group belongs to every operation, and staff of one operation. */
    private void createUsers() {
        var identity = engine.getIdentityService();
        for (String[] user : new String[][] {{HQ, "hq-task-force"}, {STAFF, "transition-cell"}}) {
            User created = identity.newUser(user[0]);
            created.setFirstName("Bench");
            created.setLastName(user[0]);
            created.setPassword(user[0]);
            identity.saveUser(created);
            identity.createMembership(user[0], user[1]);
        }
        User assessor = identity.newUser(ASSESSOR);
        assessor.setFirstName("Bench");
        assessor.setLastName(ASSESSOR);
        assessor.setPassword(ASSESSOR);
        identity.saveUser(assessor);
        // in the HQ group as well, which belongs to every operation: the bench's transitions are new ones
        var groups = new java.util.TreeSet<>(analysesAndConsultationsGroups());
        groups.add("hq-task-force");
        groups.forEach(group -> identity.createMembership(ASSESSOR, group));
    }

    /** The candidate groups of the tasks the terms of reference open, as the deployed model names them. */
    private List<String> analysesAndConsultationsGroups() {
        var definition = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(StrategicAssessment.PROCESS_ID)
                .latestVersion()
                .singleResult();
        var model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
        FlowNode fork = model.getModelElementById("Gateway_AnalysesAndConsultations");
        return fork.getSucceedingNodes().list().stream()
                .flatMap(task -> ((UserTask) task).getCamundaCandidateGroupsList().stream())
                .toList();
    }

    /**
     * The reference: two user tasks for the HQ task force and nothing else, deployed into the same
     * engine, which the HQ group may start and work on.
     */
    private void deployBareProcess() {
        engine.getRepositoryService()
                .createDeployment()
                .name(BARE)
                .addModelInstance(BARE + ".bpmn", twoTasks(BARE, "first", null))
                .deploy();
        try (var form = java.nio.file.Files.newInputStream(java.nio.file.Path.of("forms", OPTIONS_FORM + ".form"))) {
            engine.getRepositoryService()
                    .createDeployment()
                    .name(BARE_WITH_VALUES)
                    .addModelInstance(
                            BARE_WITH_VALUES + ".bpmn", twoTasks(BARE_WITH_VALUES, "withValues", OPTIONS_FORM))
                    .addInputStream(OPTIONS_FORM + ".form", form)
                    .deploy();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var authorizations = engine.getAuthorizationService();
        for (String key : List.of(BARE, BARE_WITH_VALUES)) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId("hq-task-force");
            grant.setResource(Resources.PROCESS_DEFINITION);
            grant.setResourceId(key);
            grant.addPermission(Permissions.ALL);
            authorizations.saveAuthorization(grant);
        }
    }

    /** A process of two tasks for headquarters, the first with the given form (none when null). */
    private static BpmnModelInstance twoTasks(String key, String firstTask, String formRef) {
        var first = Bpmn.createExecutableProcess(key)
                .camundaHistoryTimeToLive(180)
                .startEvent()
                .userTask(firstTask)
                .camundaCandidateGroups("hq-task-force");
        if (formRef != null) {
            first = first.camundaFormRef(formRef).camundaFormRefBinding("deployment");
        }
        return first.userTask("second")
                .camundaCandidateGroups("hq-task-force")
                .endEvent()
                .done();
    }

    /**
     * The staff member's page of tasks: a review of their operation's benchmarks, started as the
     * lifecycle starts it each review period, which asks the transition cell to measure each indicator
     * (their owners in the portfolio are joint: host government and transition cell). These are the
     * project's tasks as headquarters' are, named for the operation, with a description, a form and a
     * due date, so that the two lists differ by who asks, not by what a task carries.
     */
    private void giveTheStaffAPageOfTasks(String operationCode, String operationName) {
        var review = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        BenchmarkReview.PROCESS_ID,
                        operationCode,
                        Map.of(
                                OperationVariables.OPERATION_CODE,
                                operationCode,
                                OperationVariables.OPERATION_NAME,
                                operationName,
                                OperationVariables.WORKING_LANGUAGE,
                                WorkingLanguage.DEFAULT.code()));
        work.runJobsOf(review.getId());
        long staffTasks = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(review.getId())
                .taskCandidateGroup("transition-cell")
                .count();
        if (staffTasks < 20) {
            throw new IllegalStateException(
                    "the review opened " + staffTasks + " tasks for the transition cell, not 20 or more");
        }
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .orElse(cpu);
        } catch (Exception e) {
            // not Linux: the CPU model stays unknown
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + System.getProperty("os.name")
                + ", Java " + System.getProperty("java.version");
    }
}
