package org.peaceops.engine.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Work in parts done by the caller's thread and the JVM's common fork-join pool side by side, the
 * results in the parts' order. Each part is handed to the pool, and the caller then does, from the
 * last part back, every part the pool has not started: the caller never waits for a pool busy with
 * other work, and a part is done once (a task already started or done is not run again). The common
 * pool has one thread fewer than the machine has cores and is shared by every request of the JVM, so
 * the work takes no more threads than that however many requests run at once.
 */
final class SideBySide {

    private SideBySide() {}

    static <P, R> List<R> map(List<P> parts, Function<P, R> work) {
        if (parts.size() <= 1) {
            return parts.stream().map(work).toList();
        }
        // after a part failed, the parts not yet begun are not worth doing: they are skipped (null),
        // and the failure is thrown before any of their places in the results is reached
        AtomicBoolean failed = new AtomicBoolean();
        List<FutureTask<R>> tasks = new ArrayList<>(parts.size());
        for (P part : parts) {
            FutureTask<R> task = new FutureTask<>(() -> {
                if (failed.get()) {
                    return null;
                }
                try {
                    return work.apply(part);
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
            });
            tasks.add(task);
            ForkJoinPool.commonPool().execute(task);
        }
        for (int i = tasks.size() - 1; i >= 0; i--) {
            tasks.get(i).run();
        }
        List<R> results = new ArrayList<>(tasks.size());
        try {
            for (FutureTask<R> task : tasks) {
                results.add(task.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the parts were being done", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
        return results;
    }

    /** The part's own failure, as it was thrown. */
    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /** The list in at most {@code count} consecutive parts whose sizes differ by one at most. */
    static <T> List<List<T>> parts(List<T> list, int count) {
        int parts = Math.max(1, Math.min(count, list.size()));
        List<List<T>> split = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            split.add(list.subList(i * list.size() / parts, (i + 1) * list.size() / parts));
        }
        return split;
    }
}
