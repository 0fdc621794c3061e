package org.peaceops.engine.camunda;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DefaultCacheFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * A task list that names each task's form (the engine REST API's {@code GET /task} asks for the form
 * keys) takes the form key from the task's definition in the deployment cache. The engine reads the
 * definition's row first, once per definition and command, for what can change after a deployment
 * (its suspension, its history time to live) and which a form key does not depend on: a list of
 * fifteen tasks of three processes cost three round trips more than one of a single process.
 *
 * <p>Only inside a task query, and only for a definition this node has parsed already: anything
 * else, a definition not yet in the cache among it, goes the engine's way, row first. Nothing is kept
 * beyond the engine's own deployment cache, which every node holds alike, so a suspension made on
 * another node reaches this one as before, at the first command that reads the definition's row.
 */
@Component
class TaskListDefinitions extends AbstractCamundaConfiguration {

    /** Camunda's own default: the capacity the engine gives the cache it would build. */
    static final int CACHE_CAPACITY = 1000;

    /** How deep this thread is in task queries (a query may run inside another command). */
    private static final ThreadLocal<int[]> IN_TASK_QUERY = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        configuration.setDeploymentCache(new Cache());
        var interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
        var withQueries = interceptors == null ? new ArrayList<CommandInterceptor>() : new ArrayList<>(interceptors);
        withQueries.add(new TaskQueries());
        configuration.setCustomPreCommandInterceptorsTxRequired(withQueries);
    }

    @Override
    public void postInit(SpringProcessEngineConfiguration configuration) {
        // the engine gives its deployers only to a cache it builds itself
        configuration.getDeploymentCache().setDeployers(configuration.getDeployers());
    }

    private static final class Cache extends DeploymentCache {
        Cache() {
            super(new DefaultCacheFactory(), CACHE_CAPACITY);
        }

        @Override
        public ProcessDefinitionEntity findDeployedProcessDefinitionById(String processDefinitionId) {
            if (IN_TASK_QUERY.get()[0] > 0 && processDefinitionId != null) {
                ProcessDefinitionEntity parsed = findProcessDefinitionFromCache(processDefinitionId);
                if (parsed != null) {
                    return parsed;
                }
            }
            return super.findDeployedProcessDefinitionById(processDefinitionId);
        }
    }

    private static final class TaskQueries extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (!(command instanceof TaskQueryImpl)) {
                return next.execute(command);
            }
            int[] depth = IN_TASK_QUERY.get();
            depth[0]++;
            try {
                return next.execute(command);
            } finally {
                depth[0]--;
            }
        }
    }
}
