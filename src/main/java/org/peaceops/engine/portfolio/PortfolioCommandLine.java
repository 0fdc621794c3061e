package org.peaceops.engine.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.peaceops.engine.shared.InputRejectedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The portfolio import for bulk loads from the command line: {@code --transition.import=FILE} imports
 * the file once the engine is up, prints a line per operation (and the warnings), and exits with 0,
 * or with 1 when the document is refused.
 */
@Component
public class PortfolioCommandLine {

    static final String IMPORTED_BY = "command-line-import";

    private final PortfolioImport portfolioImport;
    private final ObjectMapper json;
    private final ApplicationContext context;
    private final String file;

    public PortfolioCommandLine(
            PortfolioImport portfolioImport,
            ObjectMapper json,
            ApplicationContext context,
            @Value("${transition.import:}") String file) {
        this.portfolioImport = portfolioImport;
        this.json = json;
        this.context = context;
        this.file = file;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void importWhenAsked() {
        if (file.isBlank()) {
            return;
        }
        int status = importFile(Path.of(file), System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Imports the file, writing progress to {@code out}; the exit status. */
    public int importFile(Path path, PrintStream out) {
        out.println("Importing " + path);
        try {
            var document = json.readTree(Files.readString(path));
            var result = portfolioImport.importDocument(
                    document,
                    IMPORTED_BY,
                    operation -> out.printf(
                            "  %-20s stage %-15s lifecycle %s%n",
                            operation.code(),
                            operation.stage(),
                            operation.processInstanceId() == null ? "none" : operation.processInstanceId()));
            result.warnings().forEach(w -> out.println("  warning " + w.path() + ": " + w.message()));
            out.printf(
                    "Imported %d operations, %d warnings%n",
                    result.operations().size(), result.warnings().size());
            return 0;
        } catch (JsonProcessingException e) {
            out.println("Refused: the file is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            out.println("Refused: cannot read " + path + ": " + e.getMessage());
        } catch (InputRejectedException e) {
            out.println("Refused (" + e.status() + "), nothing was stored:");
            e.errors().forEach(error -> out.println("  " + error.path() + ": " + error.message()));
        }
        return 1;
    }
}
