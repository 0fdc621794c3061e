package org.peaceops.engine.bench;

import static org.peaceops.engine.bench.PerformanceBench.ASSESSOR;
import static org.peaceops.engine.bench.PerformanceBench.HQ;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.peaceops.engine.assessment.StrategicAssessment;

/**
 * The rows of the twenty concurrent clients: our tasks of three kinds against the bare engine's, in
 * rounds, throughput and CPU per completion. Like for like (a task that opens the next) is the target;
 * the assessment round and the terms of reference alone, which open eight tasks, are reported.
 */
final class ConcurrentRounds {

    private final BenchWork work;
    private final ConcurrentSubmits clients;
    private final int tasksPerKind;
    private final int roundCount;
    private final int warmUpCount;

    /**
     * {@code warmUpCount} rounds of every kind run first and are not measured: the JIT compiler was
     * still at work in the first rounds (up to 14 ms of compiling per completion, against none by the
     * fifth), on two cores that the clients keep busy.
     */
    ConcurrentRounds(BenchWork work, ConcurrentSubmits clients, int tasksPerKind, int roundCount, int warmUpCount) {
        this.work = work;
        this.clients = clients;
        this.tasksPerKind = tasksPerKind;
        this.roundCount = roundCount;
        this.warmUpCount = warmUpCount;
    }

    void measure(BenchTable table) {
        // the kinds in turn, so that each meets the same load from whatever else the machine runs
        List<ConcurrentSubmits.Round> steps = new ArrayList<>();
        List<ConcurrentSubmits.Round> rounds = new ArrayList<>();
        List<ConcurrentSubmits.Round> termsOnly = new ArrayList<>();
        List<ConcurrentSubmits.Round> bareRounds = new ArrayList<>();
        List<ConcurrentSubmits.Round> bareWithValues = new ArrayList<>();
        for (int round = -warmUpCount; round < roundCount; round++) {
            // every kind's work is prepared before any is measured, and the kinds take turns in first
            // place: none is measured right after the preparation of its own tasks (800 submits for
            // the draft options), with the database still catching up on it
            List<List<ConcurrentSubmits.Submission>> kinds = List.of(
                    work.submissions(HQ, draftOptions(work.ourTasks(tasksPerKind))),
                    assessmentRounds(tasksPerKind),
                    work.submissions(HQ, work.ourTasks(tasksPerKind)),
                    work.submissions(HQ, work.bareTasks(tasksPerKind)),
                    work.submissions(HQ, work.bareTasksWithTheOptionsForm(tasksPerKind)));
            List<List<ConcurrentSubmits.Round>> results = List.of(steps, rounds, termsOnly, bareRounds, bareWithValues);
            for (int turn = 0; turn < kinds.size(); turn++) {
                int kind = Math.floorMod(round + turn, kinds.size());
                var measured = clients.round(kinds.get(kind));
                if (round >= 0) {
                    results.get(kind).add(measured);
                }
            }
        }
        var step = medianOf(steps);
        var bare = medianOf(bareRounds);
        String clientsSubmitting = ConcurrentSubmits.CLIENTS + " clients on loopback submitting ";
        String inTurn = " (median of " + roundCount + " rounds in turn after " + warmUpCount
                + " of warm-up; CPU per completion)";
        table.add(
                clientsSubmitting + tasksPerKind
                        + " tasks that each open the next, ours (draft options and candid advice, opening the"
                        + " clearance) vs bare (first, opening second)" + inTurn,
                perSecond(step, bare),
                perSecond(bare, null),
                "≥ 0.8×",
                step.perSecond() >= 0.8 * bare.perSecond());
        table.add(
                clientsSubmitting + tasksPerKind
                        + " tasks that each open the next: ours like for like (above) vs a bare task with the draft"
                        + " options' form, submitted with the same three values (the project's own work alone: no"
                        + " listener of the model, no record, no operation)" + inTurn,
                perSecond(step, medianOf(bareWithValues)),
                perSecond(medianOf(bareWithValues), null),
                "reported",
                null);
        table.add(
                clientsSubmitting + (tasksPerKind / 9 * 9)
                        + " tasks of assessment rounds (the terms of reference, and the eight tasks they open,"
                        + " each joining the others in a job) vs the same bare submits" + inTurn,
                perSecond(medianOf(rounds), bare),
                perSecond(bare, null),
                "reported",
                null);
        table.add(
                clientsSubmitting + tasksPerKind
                        + " terms of reference only, each opening eight tasks, vs the same bare submits" + inTurn,
                perSecond(medianOf(termsOnly), bare),
                perSecond(bare, null),
                "reported",
                null);
    }

    /**
     * Open tasks "Draft options and candid advice", each reached as its staff reach it: the terms of
     * reference and the eight analyses and consultations submitted over HTTP, by the twenty clients,
     * before the measured round.
     */
    List<Task> draftOptions(List<Task> terms) {
        clients.completionsPerSecond(work.submissions(HQ, terms));
        List<Task> opened = new ArrayList<>();
        for (Task task : terms) {
            opened.addAll(work.openTasks(task.getProcessInstanceId()));
        }
        clients.completionsPerSecond(work.submissions(ASSESSOR, opened));
        List<Task> options = new ArrayList<>();
        for (Task task : terms) {
            List<Task> open = work.openTasks(task.getProcessInstanceId());
            if (open.size() != 1
                    || !open.get(0).getTaskDefinitionKey().equals(StrategicAssessment.TASK_DRAFT_OPTIONS)) {
                throw new IllegalStateException("expected the draft options to be open, found " + open);
            }
            options.add(open.get(0));
        }
        return options;
    }

    private static String perSecond(ConcurrentSubmits.Round round, ConcurrentSubmits.Round reference) {
        String ratio = reference == null ? "" : " (%.2f×)".formatted(round.perSecond() / reference.perSecond());
        return "%.1f /s%s; CPU %.1f ms JVM, %.1f ms PostgreSQL; JIT compiling %.1f ms"
                .formatted(
                        round.perSecond(),
                        ratio,
                        round.jvmCpuMillis(),
                        round.databaseCpuMillis(),
                        round.compilingMillis());
    }

    /** The round of median throughput, with its CPU figures. */
    private static ConcurrentSubmits.Round medianOf(List<ConcurrentSubmits.Round> rounds) {
        var sorted = new ArrayList<>(rounds);
        sorted.sort(java.util.Comparator.comparingDouble(ConcurrentSubmits.Round::perSecond));
        return sorted.get(sorted.size() / 2);
    }

    /**
     * The tasks of assessment rounds in the proportion their staff submit them: for every transition
     * whose terms of reference are submitted in the round, another's eight analyses and consultations,
     * which those terms opened before the clock started; shuffled (seeded), so that both kinds run
     * side by side. Each of the eight is submitted by a user of its candidate group.
     */
    private List<ConcurrentSubmits.Submission> assessmentRounds(int count) {
        int transitions = Math.max(1, count / 9);
        List<ConcurrentSubmits.Submission> round = new ArrayList<>(work.submissions(HQ, work.ourTasks(transitions)));
        List<Task> terms = work.ourTasks(transitions);
        clients.completionsPerSecond(work.submissions(HQ, terms));
        for (Task task : terms) {
            List<Task> opened = work.openTasks(task.getProcessInstanceId());
            if (opened.size() != 8) {
                throw new IllegalStateException("the terms of reference opened " + opened.size() + " tasks, not 8");
            }
            round.addAll(work.submissions(ASSESSOR, opened));
        }
        java.util.Collections.shuffle(round, new java.util.Random(15));
        return round;
    }
}
