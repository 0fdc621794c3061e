package org.peaceops.engine.camunda;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.filter.FilterQueryImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * An administrator's list of Tasklist filters is a transition manager's list (the filters granted to
 * everyone, to the managers, to the administrator's other groups and to the administrator), rather
 * than the engine's "administrators may read everything": that would hold a filter per operation.
 * Only the list: an administrator still reads, changes and runs any filter by its id, and grants
 * themselves any filter in Admin.
 */
@Component
class AdministratorsFilterList extends AbstractCamundaConfiguration {

    /** The managers' group ({@code access.OversightGroup.TRANSITION_MANAGERS}). */
    static final String LISTED_AS = "transition-managers";

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        var interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
        var withList = interceptors == null ? new ArrayList<CommandInterceptor>() : new ArrayList<>(interceptors);
        withList.add(new ListAsMember(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(withList);
    }

    private static class ListAsMember extends CommandInterceptor {
        private final SpringProcessEngineConfiguration configuration;

        ListAsMember(SpringProcessEngineConfiguration configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (!(command instanceof FilterQueryImpl)) {
                return next.execute(command);
            }
            IdentityService identity = configuration.getIdentityService();
            Authentication caller = identity.getCurrentAuthentication();
            List<String> groups = caller == null ? null : caller.getGroupIds();
            List<String> adminGroups = configuration.getAdminGroups();
            if (groups == null || adminGroups == null || groups.stream().noneMatch(adminGroups::contains)) {
                return next.execute(command);
            }
            List<String> asMember = new ArrayList<>(groups);
            asMember.removeAll(adminGroups);
            if (!asMember.contains(LISTED_AS)) {
                asMember.add(LISTED_AS);
            }
            identity.setAuthentication(new Authentication(caller.getUserId(), asMember, caller.getTenantIds()));
            try {
                return next.execute(command);
            } finally {
                identity.setAuthentication(caller);
            }
        }
    }
}
