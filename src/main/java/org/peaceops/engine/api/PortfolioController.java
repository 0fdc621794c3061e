package org.peaceops.engine.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;
import org.peaceops.engine.access.ActorGroup;
import org.peaceops.engine.access.CurrentUser;
import org.peaceops.engine.portfolio.PortfolioImport;
import org.peaceops.engine.portfolio.PortfolioValidator;
import org.peaceops.engine.shared.FieldError;
import org.peaceops.engine.shared.InputRejectedException;
import org.peaceops.engine.web.JsonProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Portfolio import (headquarters and administrators only) and the format it takes. */
@RestController
@RequestMapping("/api/portfolio")
class PortfolioController {

    private final PortfolioImport portfolioImport;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    PortfolioController(PortfolioImport portfolioImport, CurrentUser currentUser, ObjectMapper json) {
        this.portfolioImport = portfolioImport;
        this.currentUser = currentUser;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PortfolioImport.ImportResult> importPortfolio(@RequestBody String body) {
        List<String> groups = currentUser.groupIds();
        if (!groups.contains(Groups.CAMUNDA_ADMIN) && !groups.contains(ActorGroup.HQ_TASK_FORCE.id())) {
            throw new InputRejectedException(
                    403,
                    List.of(new FieldError("", "only headquarters (hq-task-force) and administrators may import")));
        }
        JsonNode document;
        try {
            document = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw InputRejectedException.invalid(List.of(JsonProblems.of(e)));
        }
        if (document == null || document.isMissingNode()) {
            throw InputRejectedException.invalid("", "the body is empty");
        }
        var result = portfolioImport.importDocument(document, currentUser.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(result);
    }

    @GetMapping(value = "/schema", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] schema() throws IOException {
        try (InputStream in = PortfolioController.class.getResourceAsStream(PortfolioValidator.SCHEMA)) {
            return in.readAllBytes();
        }
    }
}
