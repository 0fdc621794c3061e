package org.peaceops.engine.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Inserts that return the id the database generated, rather than guessing it afterwards. */
public final class GeneratedIds {

    private GeneratedIds() {}

    public static long insert(JdbcClient jdbc, String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        // H2 reports the generated column in upper case, PostgreSQL in lower case
        Object id = keys.getKeys().containsKey("id")
                ? keys.getKeys().get("id")
                : keys.getKeys().get("ID");
        return ((Number) id).longValue();
    }
}
