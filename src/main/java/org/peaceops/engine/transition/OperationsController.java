package org.peaceops.engine.transition;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.peaceops.engine.assessment.AssessmentRecords;
import org.peaceops.engine.platform.InputRejectedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations and their transition, as far as the caller's tenants reach: an operation of another
 * tenant answers 404, exactly like one that does not exist.
 */
@RestController
@RequestMapping("/api/operations")
class OperationsController {

    private final TransitionRegistry registry;
    private final AssessmentRecords assessments;
    private final IdentityService identityService;

    OperationsController(TransitionRegistry registry, AssessmentRecords assessments, IdentityService identityService) {
        this.registry = registry;
        this.assessments = assessments;
        this.identityService = identityService;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return registry.operationCodes().stream()
                .filter(this::visible)
                .map(code -> registry.find(code).orElseThrow())
                .map(t -> Map.<String, Object>of(
                        "code", t.operationCode(), "name", t.operationName(), "stage", t.stage()))
                .toList();
    }

    @GetMapping("/{code}")
    Map<String, Object> get(@PathVariable String code) {
        TransitionRecord transition = visible(code) ? registry.find(code).orElse(null) : null;
        if (transition == null) {
            throw InputRejectedException.notFound("code", "no operation " + code);
        }
        return Map.of(
                "transition", transition,
                "resolutions", registry.resolutions(code),
                "assessment", assessments.products(code),
                "consultations", assessments.consultations(code));
    }

    private boolean visible(String code) {
        var caller = identityService.getCurrentAuthentication();
        return caller != null
                && (caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)
                        || caller.getTenantIds().contains(code));
    }
}
