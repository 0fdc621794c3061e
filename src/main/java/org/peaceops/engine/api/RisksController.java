package org.peaceops.engine.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.peaceops.engine.access.OperationAccess;
import org.peaceops.engine.risk.Risk;
import org.peaceops.engine.risk.RiskRegister;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The risk register of an operation, for those who work on it. */
@RestController
@RequestMapping("/api/operations/{code}/risks")
class RisksController {

    private final OperationAccess access;
    private final RiskRegister register;

    RisksController(OperationAccess access, RiskRegister register) {
        this.access = access;
        this.register = register;
    }

    @GetMapping
    List<Risk> list(@PathVariable String code) {
        access.require(code);
        return register.risks(code);
    }

    @PostMapping
    ResponseEntity<Risk> add(@PathVariable String code, @RequestBody JsonNode body) {
        access.require(code);
        return ResponseEntity.status(HttpStatus.CREATED).body(register.add(code, body));
    }

    @PatchMapping("/{id}")
    Risk update(@PathVariable String code, @PathVariable long id, @RequestBody JsonNode body) {
        access.require(code);
        return register.update(code, id, body);
    }
}
