package org.peaceops.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.StoreTest;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The risk register's store on its own: what it keeps, what it refuses, whose risks it finds. */
@StoreTest
@Import(RiskRegister.class)
class RiskRegisterJdbcTest {

    @Autowired
    RiskRegister register;

    @Autowired
    JdbcClient jdbc;

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void operations() {
        for (String code : new String[] {"RISKA", "RISKB"}) {
            jdbc.sql("insert into operation (code, name, host_country, created_at) values (?, ?, 'XAR', ?)")
                    .params(code, "Risk store " + code, Timestamp.from(Instant.EPOCH))
                    .update();
        }
    }

    @Test
    void anAddedRiskIsReadBackOpenAndAcceptingItKeepsTheMitigationGiven() {
        var added = register.add("RISKA", risk(Map.of("mitigation", "Joint patrols")));

        assertThat(register.risks("RISKA")).containsExactly(added);
        assertThat(added)
                .extracting(
                        r -> r.category(), r -> r.likelihood(), r -> r.owner(), r -> r.mitigation(), r -> r.status())
                .containsExactly("SECURITY", "HIGH", "Force commander", "Joint patrols", "OPEN");

        var accepted = register.acceptWith("RISKA", added.id(), "A company stays until June");

        assertThat(register.find("RISKA", added.id())).isEqualTo(accepted);
        assertThat(accepted.status()).isEqualTo("ACCEPTED");
        assertThat(accepted.mitigation()).isEqualTo("A company stays until June");
        assertThat(accepted.description()).isEqualTo(added.description());
    }

    @Test
    void aRiskWithABadOrMissingFieldIsRefusedOnEachFieldAndNothingIsStored() {
        var body = json.createObjectNode().put("category", "WEATHER").put("colour", "red");

        assertThatThrownBy(() -> register.add("RISKA", body))
                .isInstanceOfSatisfying(InputRejectedException.class, rejected -> {
                    assertThat(rejected.status()).isEqualTo(400);
                    assertThat(rejected.errors())
                            .extracting(FieldError::path)
                            .containsExactlyInAnyOrder(
                                    "/colour", "/category", "/description", "/likelihood", "/impact", "/owner");
                });
        assertThat(register.risks("RISKA")).isEmpty();
    }

    @Test
    void anotherOperationsRiskIsNeitherFoundNorChanged() {
        var added = register.add("RISKA", risk(Map.of()));

        assertThatThrownBy(() -> register.find("RISKB", added.id()))
                .isInstanceOfSatisfying(InputRejectedException.class, rejected -> assertThat(rejected.status())
                        .isEqualTo(404));
        assertThatThrownBy(() -> register.update("RISKB", added.id(), risk(Map.of("status", "CLOSED"))))
                .isInstanceOf(InputRejectedException.class);
        assertThat(register.find("RISKA", added.id()).status()).isEqualTo("OPEN");
    }

    /** A complete risk, with the given fields changed. */
    private ObjectNode risk(Map<String, String> given) {
        ObjectNode body = json.createObjectNode()
                .put("category", "SECURITY")
                .put("description", "Armed groups return to vacated sites")
                .put("likelihood", "HIGH")
                .put("impact", "MEDIUM")
                .put("owner", "Force commander");
        given.forEach(body::put);
        return body;
    }
}
