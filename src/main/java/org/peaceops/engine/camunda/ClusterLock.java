package org.peaceops.engine.camunda;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lock the nodes sharing one PostgreSQL database take in turn while they set the database up at
 * start (schema, groups and authorizations, demo data): PostgreSQL's session advisory lock, held on a
 * connection of its own. If the node dies, its session ends and the lock with it. On H2, which only
 * one node uses, there is nothing to wait for.
 */
final class ClusterLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterLock.class);

    /** Any number, the same on every node. */
    static final long KEY = 2594_2021L;

    private final Connection connection;
    private final boolean held;

    private ClusterLock(Connection connection, boolean held) {
        this.connection = connection;
        this.held = held;
    }

    /** Waits for the lock, for as long as another node holds it. */
    static ClusterLock take(DataSource dataSource, String purpose) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!"postgres".equals(EngineSchemaScripts.databaseType(connection))) {
                return new ClusterLock(connection, false);
            }
            LOG.info("{}: waiting for the nodes' start-up lock", purpose);
            try (var statement = connection.prepareStatement("select pg_advisory_lock(?)")) {
                statement.setLong(1, KEY);
                statement.execute();
            }
            return new ClusterLock(connection, true);
        } catch (SQLException | RuntimeException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new IllegalStateException("The nodes' start-up lock could not be taken: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (connection) {
            if (held) {
                try (var statement = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                    statement.setLong(1, KEY);
                    statement.execute();
                }
            }
        } catch (SQLException e) {
            // the session must end, or the pool would hand out a connection still holding the lock
            LOG.warn("The nodes' start-up lock could not be released, its connection is dropped: {}", e.getMessage());
            try {
                connection.abort(Runnable::run);
            } catch (SQLException aborting) {
                LOG.warn("The connection of the start-up lock could not be dropped: {}", aborting.getMessage());
            }
        }
    }
}
