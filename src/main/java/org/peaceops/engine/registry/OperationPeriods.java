package org.peaceops.engine.registry;

import java.time.Period;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An operation's own periods for what the lifecycle does every period (the benchmark review, the
 * report to the Council), each a column of {@code operation}; none means the configured default.
 */
@Repository
public class OperationPeriods {

    /** What recurs, and the column of {@code operation} that holds the operation's own period. */
    public enum Cycle {
        BENCHMARK_REVIEW("review_period"),
        COUNCIL_REPORT("report_period");

        // a constant of this enum, never input: the only text put into the statements below
        private final String column;

        Cycle(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    public OperationPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The operation's own period; none for an operation without one, or an unknown operation. */
    public Optional<Period> period(String operationCode, Cycle cycle) {
        return jdbc.sql("select " + cycle.column + " from operation where code = ?")
                .param(operationCode)
                .query((rs, n) -> Optional.ofNullable(rs.getString(cycle.column)))
                .optional()
                .flatMap(own -> own)
                .map(Period::parse);
    }

    public void change(String operationCode, Cycle cycle, Period period) {
        jdbc.sql("update operation set " + cycle.column + " = ? where code = ?")
                .params(period.toString(), operationCode)
                .update();
    }
}
