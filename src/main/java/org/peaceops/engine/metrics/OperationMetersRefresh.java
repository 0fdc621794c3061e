package org.peaceops.engine.metrics;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the operations' gauges every {@code transition.metrics.refresh} (a minute by default) on
 * each node. Off with {@code transition.metrics.operations=false} (the tests, which count round trips).
 */
@Component
@ConditionalOnProperty(name = "transition.metrics.operations", havingValue = "true", matchIfMissing = true)
class OperationMetersRefresh {

    private final OperationMeters meters;

    OperationMetersRefresh(OperationMeters meters) {
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${transition.metrics.refresh:PT1M}", initialDelayString = "PT10S")
    void refresh() {
        meters.refresh();
    }
}
