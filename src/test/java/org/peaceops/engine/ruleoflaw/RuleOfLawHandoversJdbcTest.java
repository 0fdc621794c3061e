package org.peaceops.engine.ruleoflaw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.StoreTest;
import org.peaceops.engine.Transitions;
import org.peaceops.engine.ruleoflaw.RuleOfLawHandovers.Handover;
import org.peaceops.engine.ruleoflaw.RuleOfLawHandovers.Mapping;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rule-of-law handovers' store on its own: mapped per operation, due by phase, then handed over or withheld. */
@StoreTest
@Import(RuleOfLawHandovers.class)
class RuleOfLawHandoversJdbcTest {

    @Autowired
    RuleOfLawHandovers handovers;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void operations() {
        for (String code : new String[] {"ROLA", "ROLB", "ROLC"}) {
            jdbc.sql("insert into operation (code, name, host_country, created_at) values (?, ?, 'XAR', ?)")
                    .params(code, "Rule of law store " + code, Timestamp.from(Instant.EPOCH))
                    .update();
        }
    }

    private static Mapping police(int phaseSeq) {
        return new Mapping(
                "POLICE",
                "Community policing in the eastern provinces",
                "NATIONAL_INSTITUTION",
                "National Police",
                "PARTIAL",
                "Trained units in two of three provinces",
                "PARTLY_FUNDED",
                "Justice and security trust fund, 60%",
                phaseSeq);
    }

    private static Mapping corrections(int phaseSeq) {
        return new Mapping(
                "CORRECTIONS",
                "Prison registry and mentoring",
                "UN_ENTITY",
                "UNDP",
                "READY",
                null,
                "FUNDED",
                "UNDP core resources",
                phaseSeq);
    }

    @Test
    void aMappedFunctionIsReadBackAsMappedWithWhoMappedItAndWhen() {
        long id = handovers.map("ROLA", police(2), "cell-officer");

        Handover handover = handovers.get(id);
        assertThat(handover)
                .extracting(
                        Handover::operationCode,
                        Handover::area,
                        Handover::function,
                        Handover::receiverKind,
                        Handover::receiver,
                        Handover::capacity,
                        Handover::capacityNote,
                        Handover::funding,
                        Handover::fundingNote,
                        Handover::phaseSeq,
                        Handover::status,
                        Handover::mappedBy,
                        Handover::mappedAt,
                        Handover::handedOverOn,
                        Handover::handedOverBy)
                .containsExactly(
                        "ROLA",
                        "POLICE",
                        "Community policing in the eastern provinces",
                        "NATIONAL_INSTITUTION",
                        "National Police",
                        "PARTIAL",
                        "Trained units in two of three provinces",
                        "PARTLY_FUNDED",
                        "Justice and security trust fund, 60%",
                        2,
                        "MAPPED",
                        "cell-officer",
                        Transitions.TODAY,
                        null,
                        null);
    }

    @Test
    void aPhaseIsDueTheFunctionsStillMappedToItOrAnEarlierPhaseInTheOrderMapped() {
        long late = handovers.map("ROLA", police(3), "cell-officer");
        long first = handovers.map("ROLA", corrections(1), "cell-officer");
        long second = handovers.map("ROLA", police(2), "cell-officer");
        long done = handovers.map("ROLA", corrections(1), "cell-officer");
        long withheld = handovers.map("ROLA", corrections(2), "cell-officer");
        handovers.map("ROLB", police(1), "cell-officer");

        handovers.handOver(done, LocalDate.parse("2026-02-20"), "Registry signed over", "mission-lead");
        handovers.withhold(withheld, "UNDP cannot take it before the budget", "mission-lead");

        assertThat(handovers.dueInPhase("ROLA", 1)).containsExactly(first);
        assertThat(handovers.dueInPhase("ROLA", 2)).containsExactly(first, second);
        assertThat(handovers.dueInPhase("ROLA", 3)).containsExactly(late, first, second);
        assertThat(handovers.dueInPhase("ROLC", 3)).isEmpty();

        assertThat(handovers.get(done))
                .extracting(Handover::status, Handover::handedOverOn, Handover::handoverNote, Handover::handedOverBy)
                .containsExactly("HANDED_OVER", LocalDate.parse("2026-02-20"), "Registry signed over", "mission-lead");
        assertThat(handovers.get(withheld))
                .extracting(Handover::status, Handover::handedOverOn, Handover::handoverNote, Handover::handedOverBy)
                .containsExactly("WITHHELD", null, "UNDP cannot take it before the budget", "mission-lead");
    }

    @Test
    void theFunctionsOfSeveralOperationsAreReadTogetherByOperationInTheOrderMapped() {
        long a1 = handovers.map("ROLA", police(1), "cell-officer");
        long b1 = handovers.map("ROLB", corrections(1), "cell-officer");
        long a2 = handovers.map("ROLA", corrections(2), "cell-officer");

        var byOperation = handovers.ofOperations(List.of("ROLA", "ROLB", "ROLC"));

        assertThat(byOperation).containsOnlyKeys("ROLA", "ROLB");
        assertThat(byOperation.get("ROLA")).extracting(Handover::id).containsExactly(a1, a2);
        assertThat(byOperation.get("ROLB")).extracting(Handover::id).containsExactly(b1);
        assertThat(handovers.ofOperation("ROLA")).extracting(Handover::id).containsExactly(a1, a2);
        assertThat(handovers.ofOperation("ROLC")).isEmpty();
        assertThat(handovers.ofOperations(List.of())).isEmpty();
    }

    @Test
    void aFunctionForAnOperationNotOnRecordIsRefused() {
        assertThatThrownBy(() -> handovers.map("NOSUCHOP", police(1), "cell-officer"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
