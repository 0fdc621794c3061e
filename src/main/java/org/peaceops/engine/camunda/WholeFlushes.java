package org.peaceops.engine.camunda;

import java.util.List;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperation;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.util.CollectionUtil;

/**
 * The engine writes what a command changed as JDBC batches, one per statement, but cuts the list of
 * changes into chunks of 50 first: a completion that opens parallel tasks (each with its execution,
 * activity, grant and identity links, and their history) passes 50 changes, and the cut splits one
 * batch into two round trips. Chunks of {@value #CHUNK} keep a bound for mass deletions and send
 * an ordinary command's changes in one batch per statement.
 */
final class WholeFlushes implements SessionFactory {

    static final int CHUNK = 1000;

    @Override
    public Class<?> getSessionType() {
        return DbEntityManager.class;
    }

    @Override
    public DbEntityManager openSession() {
        var commandContext = Context.getCommandContext();
        return new Manager(
                Context.getProcessEngineConfiguration().getIdGenerator(),
                commandContext.getSession(PersistenceSession.class));
    }

    /** The engine's entity manager with the larger chunk; everything else as the engine does it. */
    static final class Manager extends DbEntityManager {

        Manager(org.camunda.bpm.engine.impl.cfg.IdGenerator idGenerator, PersistenceSession persistenceSession) {
            super(idGenerator, persistenceSession);
        }

        @Override
        protected void flushDbOperationManager() {
            List<DbOperation> operationsToFlush = dbOperationManager.calculateFlush();
            if (operationsToFlush == null || operationsToFlush.isEmpty()) {
                return;
            }
            LOG.databaseFlushSummary(operationsToFlush);
            if (isIgnoreForeignKeysForNextFlush) {
                persistenceSession.executeNonEmptyUpdateStmt(TOGGLE_FOREIGN_KEY_STMT, false);
                persistenceSession.flushOperations();
            }
            try {
                for (List<DbOperation> chunk : CollectionUtil.partition(operationsToFlush, CHUNK)) {
                    flushDbOperations(chunk, operationsToFlush);
                }
            } finally {
                if (isIgnoreForeignKeysForNextFlush) {
                    persistenceSession.executeNonEmptyUpdateStmt(TOGGLE_FOREIGN_KEY_STMT, true);
                    persistenceSession.flushOperations();
                    isIgnoreForeignKeysForNextFlush = false;
                }
            }
        }
    }
}
