package org.peaceops.engine.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.peaceops.engine.RestClient;
import org.peaceops.engine.TransitionEngineApplication;

/**
 * One node of a cluster under test: the application in a JVM of its own, as a deployment runs it
 * (profiles demo and postgres, the job executor on), on the shared database. Its log goes to
 * target/cluster/<name>.log.
 */
final class Node implements AutoCloseable {

    final String name;
    final int port;
    final RestClient rest;
    private final Process process;

    private Node(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.rest = new RestClient(port);
    }

    static Node start(String name, String jdbcUrl, String user, String... properties) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-cp",
                System.getProperty("java.class.path"),
                TransitionEngineApplication.class.getName(),
                "--spring.profiles.active=demo,postgres",
                "--server.port=" + port));
        command.addAll(List.of(properties));
        try {
            Path log = Files.createDirectories(Path.of("target", "cluster")).resolve(name + ".log");
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("DB_URL", jdbcUrl);
            builder.environment().put("DB_USER", user);
            builder.environment().put("DB_PASSWORD", "");
            return new Node(name, port, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node reports ready; fails at once if its JVM ends. */
    void awaitReady(Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped with exit code " + process.exitValue()
                        + "; see target/cluster/" + name + ".log");
            }
            try {
                var readiness = rest.get("/actuator/health/readiness", null);
                if (readiness.status() == 200) {
                    return;
                }
            } catch (RuntimeException notListeningYet) {
                // the port opens late in the start
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(name + " not ready after " + timeout);
    }

    private static final java.time.format.DateTimeFormatter ENGINE_DATE =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /** Makes a job due now, as an administrator would in Cockpit. */
    void bringDueNow(String jobId) {
        String now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).format(ENGINE_DATE);
        var answer = rest.put("/engine-rest/job/" + jobId + "/duedate", "demo", java.util.Map.of("duedate", now));
        if (answer.status() != 204) {
            throw new IllegalStateException("due date of job " + jobId + " not set: " + answer.status());
        }
    }

    /** Entries of the job log for the job: {@code successLog} or {@code failureLog}. */
    long jobLog(String jobId, String kind) {
        return rest.get("/engine-rest/history/job-log/count?" + kind + "=true&jobId=" + jobId, "demo")
                .json()
                .path("count")
                .asLong();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** As a crash: SIGKILL, no shutdown at all. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** As the orchestrator stops a node: SIGTERM, then the graceful shutdown. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
