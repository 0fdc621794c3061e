package org.peaceops.engine.camunda;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Tells Spring Boot that the engine needs the database initialized first: the engine is built only
 * after Flyway has migrated the schema ({@link SchemaMigration}), since it no longer creates its
 * tables itself. Registered in {@code META-INF/spring.factories}.
 */
public class EngineAfterSchema extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class, ProcessEngineConfigurationImpl.class);
    }
}
