package org.peaceops.engine.web;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Whether a failure is a lost race (a unique key taken meanwhile, a row changed or locked meanwhile),
 * for the /api and the engine REST answers alike: the loser gets 409, never a 500.
 */
public final class LostRaces {

    private LostRaces() {}

    public static boolean isLostRace(Throwable thrown) {
        for (Throwable t = thrown; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof DuplicateKeyException
                    || t instanceof ConcurrencyFailureException
                    || t instanceof OptimisticLockingException) {
                return true;
            }
            if (t instanceof SQLException sql && conflictState(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLState 23505 (a unique key taken by a concurrent request), 40001 (serialization), 40P01
     * (deadlock). Other integrity violations (a NOT NULL, a foreign key) are defects, not races.
     */
    private static boolean conflictState(SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (state != null && (state.equals("23505") || state.equals("40001") || state.equals("40P01"))) {
                return true;
            }
        }
        return false;
    }
}
