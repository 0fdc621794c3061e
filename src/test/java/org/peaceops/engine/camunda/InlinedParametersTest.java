package org.peaceops.engine.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine binds every parameter of its statement by its place; with some written into the text, the
 * rest reach their places in the shorter list, and a value that differs from the one written in is
 * refused. On the engine's own database.
 */
@EngineTest
class InlinedParametersTest {

    /** The engine's statement was {@code select ?, ?, ?}, its second parameter written in as 7. */
    private static final String WRITTEN_IN = "select cast(? as integer) as a, 7 as b, cast(? as varchar(10)) as c";

    @Autowired
    DataSource dataSource;

    @Test
    void theParametersLeftAreBoundAtTheirPlaceInTheShorterList() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = InlinedParameters.skipping(Map.of(1, 7), connection.prepareStatement(WRITTEN_IN))) {
            statement.setInt(1, 5);
            statement.setInt(2, 7);
            statement.setString(3, "third");
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt("a")).isEqualTo(5);
                assertThat(rows.getInt("b")).isEqualTo(7);
                assertThat(rows.getString("c")).isEqualTo("third");
            }
        }
    }

    @Test
    void aValueOtherThanTheOneWrittenInIsRefusedNotRun() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = InlinedParameters.skipping(Map.of(1, 7), connection.prepareStatement(WRITTEN_IN))) {
            statement.setInt(1, 5);

            assertThatThrownBy(() -> statement.setInt(2, 8))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("parameter 2")
                    .hasMessageContaining("as 7")
                    .hasMessageContaining("as 8");
            assertThatThrownBy(() -> statement.setNull(2, java.sql.Types.INTEGER))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
