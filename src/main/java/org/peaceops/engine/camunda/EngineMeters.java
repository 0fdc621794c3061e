package org.peaceops.engine.camunda;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * The engine's own counters (jobs acquired, executed, failed, rejected; activity instances; decision
 * elements) as Micrometer counters of this node, for /actuator/prometheus: {@code camunda.} and the
 * engine's metric name, e.g. {@code job-successful} as {@code camunda_job_successful_total}.
 *
 * <p>The engine keeps these counts in memory and writes them to its database every 15 minutes,
 * summed over all nodes, for Cockpit; it clears them on each write, so they cannot be read as
 * running totals. Counting as the engine marks them gives each node its own running total at once.
 */
@Component
class EngineMeters extends AbstractCamundaConfiguration {

    private final MeterRegistry meters;

    EngineMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        configuration.setMetricsRegistry(new CountingMetricsRegistry(meters));
    }

    /** The engine's registry, counting each occurrence it records for the database in Micrometer too. */
    static final class CountingMetricsRegistry extends MetricsRegistry {

        private final MeterRegistry meters;
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();

        CountingMetricsRegistry(MeterRegistry meters) {
            this.meters = meters;
        }

        @Override
        protected void markOccurrence(Map<String, Meter> meterMap, String name, long times) {
            super.markOccurrence(meterMap, name, times);
            if (meterMap == dbMeters) {
                counters.computeIfAbsent(name, this::counter).increment(times);
            }
        }

        private Counter counter(String name) {
            return Counter.builder("camunda." + name.replace('-', '.'))
                    .description("the engine's " + name + " metric on this node")
                    .register(meters);
        }
    }
}
