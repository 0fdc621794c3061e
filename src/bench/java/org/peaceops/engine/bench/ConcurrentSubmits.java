package org.peaceops.engine.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.peaceops.engine.RestClient;

/**
 * Twenty clients on loopback submitting prepared tasks at once, each over its own HTTP connection, as
 * staff at their desks would: completions per second, the jobs each submit leaves included.
 */
final class ConcurrentSubmits {

    static final int CLIENTS = 20;

    /** One task to submit: who submits it, and the form's values filled before the clock starts. */
    record Submission(String user, String taskId, String processInstanceId, Map<String, Object> body) {}

    private final int port;
    private final Consumer<String> runJobsOf;

    /** {@code runJobsOf} runs the jobs a submit left in its process instance, as the job executor would. */
    ConcurrentSubmits(int port, Consumer<String> runJobsOf) {
        this.port = port;
        this.runJobsOf = runJobsOf;
    }

    /**
     * Completions per second, the CPU each took in this JVM (server and clients) and in PostgreSQL,
     * and the time the JIT compiler's threads spent compiling, per completion (inside the JVM's CPU):
     * a round it falls on is slower for it.
     */
    record Round(double perSecond, double jvmCpuMillis, double databaseCpuMillis, double compilingMillis) {}

    Round round(List<Submission> submissions) {
        // each round starts with the garbage of what came before it collected
        System.gc();
        var compiler = java.lang.management.ManagementFactory.getCompilationMXBean();
        long jvm = jvmCpuNanos();
        long database = databaseCpuNanos();
        long compiling = compiler.getTotalCompilationTime();
        double perSecond = completionsPerSecond(submissions);
        int n = submissions.size();
        return new Round(
                perSecond,
                (jvmCpuNanos() - jvm) / 1e6 / n,
                (databaseCpuNanos() - database) / 1e6 / n,
                (compiler.getTotalCompilationTime() - compiling) / (double) n);
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * The CPU of the embedded PostgreSQL: its server process (ours, started with a data directory
     * {@code -D}) and every process it forked, the connections' backends among them. A process that
     * ended during the round (an autovacuum worker) is left out: its CPU is gone with it.
     */
    private static long databaseCpuNanos() {
        String me = System.getProperty("user.name");
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().user().map(me::equals).orElse(false)
                        && process.info()
                                .command()
                                .map(command -> command.endsWith("/postgres"))
                                .orElse(false)
                        && process.info()
                                .arguments()
                                .map(arguments ->
                                        java.util.Arrays.asList(arguments).contains("-D"))
                                .orElse(false))
                .flatMap(server ->
                        java.util.stream.Stream.concat(java.util.stream.Stream.of(server), server.descendants()))
                .mapToLong(process -> process.info()
                        .totalCpuDuration()
                        .map(java.time.Duration::toNanos)
                        .orElse(0L))
                .sum();
    }

    double completionsPerSecond(List<Submission> submissions) {
        // the bodies are filled before the clock starts: the clients share the server's cores
        var queue = new ConcurrentLinkedQueue<>(submissions);
        var completed = new AtomicInteger();
        var locks = new ConcurrentHashMap<String, Object>();
        var failure = new java.util.concurrent.atomic.AtomicReference<RuntimeException>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        for (int c = 0; c < CLIENTS; c++) {
            pool.execute(() -> {
                try {
                    var client = new RestClient(port);
                    for (Submission next = queue.poll(); next != null; next = queue.poll()) {
                        var response = client.post(
                                "/engine-rest/task/" + next.taskId() + "/submit-form", next.user(), next.body());
                        if (response.status() == 204) {
                            // what the submit leaves to the job executor is part of its cost: run here, counted;
                            // one client at a time per process instance, as the executor runs exclusive jobs
                            synchronized (locks.computeIfAbsent(next.processInstanceId(), id -> new Object())) {
                                runJobsOf.accept(next.processInstanceId());
                            }
                            completed.incrementAndGet();
                        }
                    }
                } catch (RuntimeException e) {
                    // told at the end of the round, instead of a client that stops without a word
                    failure.compareAndSet(null, e);
                }
            });
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the concurrent submits did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the clients submitted", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("a client failed", failure.get());
        }
        if (completed.get() != submissions.size()) {
            throw new IllegalStateException(completed.get() + " of " + submissions.size() + " submits completed");
        }
        return completed.get() / seconds;
    }
}
