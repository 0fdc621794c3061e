package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The project's index on the engine's grants (engine step 7.24.0.1, db/engine/grants_by_resource_type.sql) is there on each database, created after
 * the engine's own tables: without it, PostgreSQL read the whole table of grants for each task list of
 * headquarters, whose group has a grant on every operation's tenant.
 */
@EngineTest
class GrantIndexTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theEnginesGrantsAreIndexedByResourceType() throws SQLException {
        assertThat(indexes("act_ru_authorization"))
                .containsEntry("act_ru_authorization_resource_type", List.of("resource_type_"));
    }

    /** Each index of the table, its columns in order, names in lower case (H2 keeps them in upper case). */
    private Map<String, List<String>> indexes(String table) throws SQLException {
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            var database = connection.getMetaData();
            for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
                try (var rows = database.getIndexInfo(null, connection.getSchema(), name, false, false)) {
                    while (rows.next()) {
                        String index = rows.getString("INDEX_NAME");
                        String column = rows.getString("COLUMN_NAME");
                        if (index != null && column != null) {
                            indexes.computeIfAbsent(index.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                                    .add(column.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return indexes;
    }
}
