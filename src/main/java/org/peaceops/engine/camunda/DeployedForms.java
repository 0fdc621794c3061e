package org.peaceops.engine.camunda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of a deployment, read from the engine's database, so that the server checks
 * input against the very forms that Tasklist showed. Deployments never change once made, so their
 * forms are kept per deployment id.
 */
@Component
public class DeployedForms {

    private final RepositoryService repositoryService;
    private final Map<String, Map<String, CamundaForm>> byDeployment = new ConcurrentHashMap<>();

    public DeployedForms(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** The form with this id in the deployment, or null. */
    public CamundaForm find(String deploymentId, String formId) {
        return byDeployment.computeIfAbsent(deploymentId, this::load).get(formId);
    }

    /**
     * The form with this id in the newest deployment that holds it, or null: for values that arrive
     * without a task (a message), held to the form that asks for the same values.
     */
    public CamundaForm latest(String formId) {
        for (var deployment : repositoryService
                .createDeploymentQuery()
                .orderByDeploymentTime()
                .desc()
                .list()) {
            CamundaForm form = find(deployment.getId(), formId);
            if (form != null) {
                return form;
            }
        }
        return null;
    }

    private Map<String, CamundaForm> load(String deploymentId) {
        var commandContext = Context.getCommandContext();
        // The caller may not read deployments; reading a form is not an act on the caller's behalf.
        return commandContext == null
                ? readForms(deploymentId)
                : commandContext.runWithoutAuthorization(() -> readForms(deploymentId));
    }

    private Map<String, CamundaForm> readForms(String deploymentId) {
        Map<String, CamundaForm> forms = new HashMap<>();
        for (String name : repositoryService.getDeploymentResourceNames(deploymentId)) {
            if (!name.endsWith(".form")) {
                continue;
            }
            try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
                CamundaForm form = CamundaForm.parse(in);
                forms.put(form.id(), form);
            } catch (IOException e) {
                throw new UncheckedIOException("form " + name + " of deployment " + deploymentId, e);
            }
        }
        return Map.copyOf(forms);
    }
}
