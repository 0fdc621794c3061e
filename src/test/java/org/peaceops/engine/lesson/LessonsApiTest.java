package org.peaceops.engine.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /api/lessons?q=}: lessons learned, searched by words, within the operations the caller
 * works on. The lessons are the demo operations' own, recorded as the phase's lessons task records
 * them (the process test covers the task).
 */
@EngineTest
class LessonsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void lessonsOfTwoOperations() {
        lesson("MONUSCO", "SECURITY", "Convoys need a second route", "Blocked roads in South Kivu delayed the convoys");
        lesson("MONUSCO", "HANDOVER", "Hand sites over to a named authority", "Minembwe stayed open: no one signed");
        lesson("TRAINEX", "POC", "Early warning networks before departure", "Community alert networks took months");
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("delete from lesson where recorded_by = 'lessons-api-test'").update();
    }

    @Test
    void headquartersFindLessonsOfEveryOperationByAllTheirWords() {
        var found = rest().get("/api/lessons?q=CONVOYS%20route", "hq-planner");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("lessons")).singleElement().satisfies(lesson -> {
            assertThat(lesson.path("operation").asText()).isEqualTo("MONUSCO");
            assertThat(lesson.path("category").asText()).isEqualTo("SECURITY");
            assertThat(lesson.path("title").asText()).isEqualTo("Convoys need a second route");
        });
        assertThat(rest().get("/api/lessons?q=alert%20networks", "hq-planner")
                        .json()
                        .path("lessons"))
                .extracting(lesson -> lesson.path("operation").asText())
                .containsExactly("TRAINEX");
        assertThat(rest().get("/api/lessons?q=convoys%20minembwe", "hq-planner")
                        .json()
                        .path("lessons"))
                .as("every word must match")
                .isEmpty();
    }

    @Test
    void anOperationsStaffSeeOnlyTheLessonsOfTheirOperations() {
        assertThat(rest().get("/api/lessons", "monusco-leadership").json().path("lessons"))
                .extracting(lesson -> lesson.path("operation").asText())
                .containsOnly("MONUSCO")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(rest().get("/api/lessons?q=alert%20networks", "monusco-leadership")
                        .json()
                        .path("lessons"))
                .isEmpty();
        assertThat(rest().get("/api/lessons?operation=TRAINEX", "monusco-leadership")
                        .status())
                .as("another tenant's operation looks like none")
                .isEqualTo(404);
        assertThat(rest().get("/api/lessons?operation=NOSUCHOP", "monusco-leadership")
                        .json()
                        .path("errors")
                        .get(0)
                        .path("path")
                        .asText())
                .isEqualTo("operation");
    }

    @Test
    void aQueryTooLongIsRefusedNamingItAndAnonymousCallersAreNotAnswered() {
        var refused = rest().get("/api/lessons?q=" + "a".repeat(201), "hq-planner");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("path").asText()).isEqualTo("q");
        assertThat(refused.json().path("errors").get(0).path("message").asText())
                .contains("at most 200");
        assertThat(rest().get("/api/lessons", null).status()).isEqualTo(401);
        assertThat(rest().get("/api/lessons?q=100%25_", "hq-planner").json().path("lessons"))
                .as("% and _ are searched as themselves")
                .isEmpty();
    }

    private void lesson(String operation, String category, String title, String text) {
        jdbc.sql(
                        """
                insert into lesson (operation_code, category, title, lesson, recorded_by, recorded_at)
                values (?, ?, ?, ?, 'lessons-api-test', ?)""")
                .params(operation, category, title, text, Timestamp.from(Instant.now()))
                .update();
    }

    private RestClient rest() {
        return new RestClient(port);
    }
}
