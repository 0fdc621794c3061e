package org.peaceops.engine.camunda;

import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One node at a time sets up what every node needs after deployment (groups, authorizations,
 * filters, the demo data): the work of the other {@link PostDeployEvent} listeners runs between
 * {@link #take()}, first, and {@link #release()}, last. Nodes started together on an empty database
 * would otherwise both find a group or grant missing and both insert it; the second would fail on the
 * engine's unique constraint and stop. The next node finds everything there and adds nothing.
 */
@Component
class StartupLock {

    private final DataSource dataSource;
    private ClusterLock held;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(PostDeployEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    synchronized void take() {
        held = ClusterLock.take(dataSource, "Setting up groups, authorizations and data");
    }

    /**
     * Last of the listeners; and when the context closes, for a set-up that failed half-way (the node
     * then stops, and the other nodes must not wait for it).
     */
    @EventListener(PostDeployEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    @PreDestroy
    synchronized void release() {
        if (held != null) {
            held.close();
            held = null;
        }
    }
}
