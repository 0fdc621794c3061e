package org.peaceops.engine.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.StoreTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The escalations' store on its own: open until closed by kind and subject, per operation. */
@StoreTest
@Import(Escalations.class)
class EscalationsJdbcTest {

    @Autowired
    Escalations escalations;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void operations() {
        for (String code : new String[] {"ESCA", "ESCB"}) {
            jdbc.sql("insert into operation (code, name, host_country, created_at) values (?, ?, 'XAR', ?)")
                    .params(code, "Escalation store " + code, Timestamp.from(Instant.EPOCH))
                    .update();
        }
    }

    @Test
    void anEscalationIsOpenUntilItsKindAndSubjectAreClosed() {
        LocalDate due = LocalDate.parse("2026-03-16");
        escalations.open("ESCA", "FINANCIAL_CLIFF", "plan", "Coverage 25%", "hq-task-force,pbso", due);
        escalations.open("ESCA", "OVERDUE_MEASUREMENTS", "B1", "B1.1 not measured", "transition-cell", due);
        escalations.open("ESCA", "OVERDUE_MEASUREMENTS", "B2", "B2.1 not measured", "transition-cell", null);

        assertThat(escalations.open("ESCA"))
                .extracting(e -> e.kind() + " " + e.subject() + " " + e.openedAt() + " " + e.dueOn())
                .containsExactly(
                        "FINANCIAL_CLIFF plan 2026-03-02T09:00:00Z 2026-03-16",
                        "OVERDUE_MEASUREMENTS B1 2026-03-02T09:00:00Z 2026-03-16",
                        "OVERDUE_MEASUREMENTS B2 2026-03-02T09:00:00Z null");

        escalations.close("ESCA", "OVERDUE_MEASUREMENTS", "B1", "cell-officer", "Measured late", "TASK");
        assertThat(escalations.open("ESCA"))
                .extracting(Escalations.Escalation::subject)
                .containsExactly("plan", "B2");

        // no subject: every open escalation of the kind
        escalations.close("ESCA", "OVERDUE_MEASUREMENTS", null, "cell-officer", "Review closed", "TASK");
        assertThat(escalations.openCount("ESCA")).isOne();
        assertThat(jdbc.sql("select closed_by, resolution, channel from escalation where subject = 'B1'")
                        .query((rs, n) -> rs.getString(1) + " / " + rs.getString(2) + " / " + rs.getString(3))
                        .single())
                .isEqualTo("cell-officer / Measured late / TASK");
    }

    @Test
    void closingTheEscalationsOfOneOperationLeavesAnothersOpen() {
        escalations.open("ESCA", "FINANCIAL_CLIFF", "plan", "Coverage 25%", "pbso", null);
        escalations.open("ESCB", "FINANCIAL_CLIFF", "plan", "Coverage 10%", "pbso", null);

        escalations.close("ESCA", "FINANCIAL_CLIFF", null, "hq", "Bridged", "TASK");

        assertThat(escalations.openCount("ESCA")).isZero();
        assertThat(escalations.open("ESCB"))
                .extracting(Escalations.Escalation::reason)
                .containsExactly("Coverage 10%");
    }

    @Test
    void anEscalationForAnOperationNotOnRecordIsRefused() {
        assertThatThrownBy(() -> escalations.open("NOSUCHOP", "FINANCIAL_CLIFF", "plan", "Coverage 25%", "pbso", null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
