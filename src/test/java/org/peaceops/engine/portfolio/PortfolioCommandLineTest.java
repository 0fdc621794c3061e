package org.peaceops.engine.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peaceops.engine.EngineTest;
import org.peaceops.engine.registry.TransitionRegistry;
import org.springframework.beans.factory.annotation.Autowired;

/** The bulk import from the command line: a line per operation, or the refusal and nothing stored. */
@EngineTest
class PortfolioCommandLineTest {

    @Autowired
    PortfolioCommandLine commandLine;

    @Autowired
    TransitionRegistry registry;

    @TempDir
    Path folder;

    @Test
    void aFileIsImportedWithAProgressLinePerOperation() throws Exception {
        String a = "CLI-A" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        String b = "CLI-B" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        Path file = Files.writeString(folder.resolve("portfolio.json"), document(a, "2025-01-01", b));

        var out = new ByteArrayOutputStream();
        int status = commandLine.importFile(file, new PrintStream(out, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(printed.lines().filter(l -> l.contains(a) || l.contains(b))).hasSize(2);
        assertThat(printed).contains("Imported 2 operations");
        assertThat(registry.exists(a)).isTrue();
    }

    @Test
    void aRefusedFileIsReportedWithItsPathsAndNothingIsStored() throws Exception {
        String a = "CLI-C" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        Path file = Files.writeString(folder.resolve("bad.json"), document(a, "2025-02-30", "CLI-D" + a.substring(5)));

        var out = new ByteArrayOutputStream();
        int status = commandLine.importFile(file, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isOne();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("/operations/0/transition/startedOn");
        assertThat(registry.exists(a)).isFalse();
    }

    private static String document(String first, String startedOn, String second) {
        return """
                {"format": "transition-portfolio/1", "operations": [
                  {"code": "%s", "name": "First", "type": "PKO", "hostCountry": "XAR",
                   "transition": {"trigger": "PLANNED", "startedOn": "%s", "completedOn": "2025-06-30"}},
                  {"code": "%s", "name": "Second", "type": "SPM", "hostCountry": "XAR",
                   "transition": {"trigger": "HOST_REQUEST", "startedOn": "2025-01-01", "completedOn": "2025-03-31"}}
                ]}"""
                .formatted(first, startedOn, second);
    }
}
