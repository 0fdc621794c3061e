package org.peaceops.engine.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parts done side by side: each once, the results in the parts' order, a failure as it was thrown. */
class SideBySideTest {

    @Test
    void eachPartIsDoneOnceAndTheResultsComeInThePartsOrder() {
        List<Integer> parts = IntStream.range(0, 200).boxed().toList();
        ConcurrentHashMap<Integer, AtomicInteger> done = new ConcurrentHashMap<>();

        List<Integer> squares = SideBySide.map(parts, part -> {
            done.computeIfAbsent(part, key -> new AtomicInteger()).incrementAndGet();
            return part * part;
        });

        assertThat(squares).isEqualTo(parts.stream().map(part -> part * part).toList());
        assertThat(done).hasSize(200).allSatisfy((part, times) -> assertThat(times)
                .hasValue(1));
    }

    @Test
    void thePartsAreDoneByTheCallerWhenThePoolIsBusy() throws Exception {
        Thread caller = Thread.currentThread();

        List<Boolean> byTheCaller =
                withThePoolBusy(() -> SideBySide.map(List.of(1, 2, 3, 4), part -> Thread.currentThread() == caller));

        assertThat(byTheCaller).containsOnly(true);
    }

    @Test
    void afterAPartFailsThePartsNotBegunAreSkipped() throws Exception {
        AtomicInteger begun = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("the last part failed");

        // the caller does the parts from the last back: the last fails, the three before are not begun
        Throwable thrown = withThePoolBusy(() -> catchThrowable(() -> SideBySide.map(List.of(1, 2, 3, 4), part -> {
            begun.incrementAndGet();
            if (part == 4) {
                throw failure;
            }
            return part;
        })));

        assertThat(thrown).isSameAs(failure);
        assertThat(begun).hasValue(1);
    }

    /** What the supplier gives, run while every thread of the common pool waits. */
    private static <T> T withThePoolBusy(java.util.function.Supplier<T> work) throws Exception {
        ForkJoinPool pool = ForkJoinPool.commonPool();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(pool.getParallelism());
        List<Future<?>> blockers = new ArrayList<>();
        for (int i = 0; i < pool.getParallelism(); i++) {
            blockers.add(pool.submit(() -> {
                busy.countDown();
                release.await();
                return null;
            }));
        }
        try {
            assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();
            return work.get();
        } finally {
            release.countDown();
            for (Future<?> blocker : blockers) {
                blocker.get(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aPartsFailureIsThrownAsItWasThrown() {
        IllegalArgumentException failure = new IllegalArgumentException("part 3 failed");

        assertThatThrownBy(() -> SideBySide.map(List.of(1, 2, 3, 4, 5), part -> {
                    if (part == 3) {
                        throw failure;
                    }
                    return part;
                }))
                .isSameAs(failure);
    }

    @ParameterizedTest(name = "{0} items in at most {1} parts: {2} parts")
    @CsvSource({"0, 8, 1", "1, 8, 1", "2, 8, 2", "8, 8, 8", "9, 8, 8", "17, 8, 8", "450, 8, 8", "5, 1, 1"})
    void aListIsSplitInConsecutivePartsOfNearlyEqualSizes(int items, int count, int expectedParts) {
        List<Integer> list = IntStream.range(0, items).boxed().toList();

        List<List<Integer>> parts = SideBySide.parts(list, count);

        assertThat(parts).hasSize(expectedParts);
        assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(list);
        IntSummary sizes = new IntSummary(parts.stream().mapToInt(List::size).toArray());
        assertThat(sizes.max() - sizes.min()).isLessThanOrEqualTo(1);
    }

    private record IntSummary(int[] values) {
        int max() {
            return IntStream.of(values).max().orElse(0);
        }

        int min() {
            return IntStream.of(values).min().orElse(0);
        }
    }
}
