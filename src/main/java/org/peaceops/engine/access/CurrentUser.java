package org.peaceops.engine.access;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.peaceops.engine.camunda.EngineAuthentications;
import org.springframework.stereotype.Component;

/** Who is acting: the authenticated caller of the engine, else the task's assignee. */
@Component
public class CurrentUser {

    private final EngineAuthentications authentications;

    public CurrentUser(IdentityService identityService) {
        this.authentications = new EngineAuthentications(identityService);
    }

    /** The caller's user id, or null when no one is authenticated (a job, a start-up task). */
    public String id() {
        return authentications
                .current()
                .map(EngineAuthentications.Current::userId)
                .orElse(null);
    }

    public List<String> groupIds() {
        return authentications
                .current()
                .map(EngineAuthentications.Current::groupIds)
                .orElse(List.of());
    }

    public List<String> tenantIds() {
        return authentications
                .current()
                .map(EngineAuthentications.Current::tenantIds)
                .orElse(List.of());
    }

    public boolean isAuthenticated() {
        return authentications.current().isPresent();
    }

    public String completing(DelegateTask task) {
        String user = id();
        return user != null ? user : task.getAssignee();
    }
}
