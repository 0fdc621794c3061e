package org.peaceops.engine.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.peaceops.engine.camunda.DeployedForms;
import org.peaceops.engine.camunda.FormTranslations;
import org.peaceops.engine.camunda.IdentityChanges;
import org.peaceops.engine.registry.TransitionRegistry;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The engine REST API at /engine-rest: HTTP Basic for every call (the engine would otherwise serve
 * anonymous callers without authorization checks); the guards that hold requests to what was asked
 * and to the caller's role; and the answers for what the engine would report as a server error
 * although the client was at fault or lost a race ({@link EngineErrorAnswers}).
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    /** HTTP Basic sign-ins of /engine-rest and /api, remembered for {@code authentication-cache-ttl}. */
    @Bean
    BasicAuthentications basicAuthentications(
            ProcessEngine engine, IdentityChanges changes, Clock clock, SecurityProperties security) {
        return new BasicAuthentications(engine.getIdentityService(), changes, clock, security.authenticationCacheTtl());
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(
            BasicAuthentications authentications) {
        var registration = new FilterRegistrationBean<ProcessEngineAuthenticationFilter>(
                new EngineRestAuthentication(authentications));
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineRouteGuard> engineRouteGuard(Callers callers, SecurityProperties security) {
        var registration = new FilterRegistrationBean<>(new EngineRouteGuard(callers, security));
        registration.setName("engine-route-guard");
        registration.addUrlPatterns(ENGINE_MOUNTS);
        // after the authentication filters (engine REST: 10), so that the caller is known
        registration.setOrder(14);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineInputGuard> engineInputGuard(
            Callers callers, SubmissionForms forms, MessagePayloads messages) {
        var registration = new FilterRegistrationBean<>(new EngineInputGuard(callers, forms, messages));
        registration.setName("engine-input-guard");
        registration.addUrlPatterns(ENGINE_MOUNTS);
        registration.setOrder(15);
        return registration;
    }

    @Bean
    FilterRegistrationBean<LostRaceAnswers> lostRaceAnswers(
            ProcessEngine engine,
            Callers callers,
            SubmissionForms forms,
            TransitionRegistry registry,
            PlatformTransactionManager transactions) {
        var registration = new FilterRegistrationBean<>(
                new LostRaceAnswers(callers, forms, new ReceivedMessages(engine, callers), registry, transactions));
        registration.setName("lost-race-answers");
        registration.addUrlPatterns(ENGINE_MOUNTS);
        // inside the input guard, which has read the body
        registration.setOrder(16);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DeployedFormLanguage> deployedFormLanguage(
            ProcessEngine engine, Callers callers, FormTranslations translations) {
        var registration =
                new FilterRegistrationBean<>(new DeployedFormLanguage(callers, engine.getTaskService(), translations));
        registration.setName("deployed-form-language");
        registration.addUrlPatterns(ENGINE_MOUNTS);
        // after the authentication filters, so that the caller is known when the form comes back
        registration.setOrder(17);
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappRejectionFilter> webappRejections() {
        var registration = new FilterRegistrationBean<>(new WebappRejectionFilter());
        registration.setName("webapp-rejections");
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(30);
        return registration;
    }

    private static final String[] ENGINE_MOUNTS = {"/engine-rest/*", "/camunda/api/engine/*"};

    @Bean
    Callers engineCallers(ProcessEngine engine) {
        return new Callers(engine.getIdentityService(), engine.getName());
    }

    @Bean
    SubmissionForms submissionForms(ProcessEngine engine, DeployedForms deployedForms, Callers callers) {
        return new SubmissionForms(engine, deployedForms, callers);
    }

    @Bean
    CamundaJerseyResourceConfig engineRestResources() {
        return new EngineRestResources();
    }

    static class EngineRestResources extends CamundaJerseyResourceConfig {
        private static final Set<Class<?>> REPLACED =
                Set.of(RestExceptionHandler.class, ProcessEngineExceptionHandler.class, ExceptionHandler.class);

        @Override
        protected void registerCamundaRestResources() {
            registerClasses(CamundaRestResources.getResourceClasses());
            Set<Class<?>> configuration = new HashSet<>(CamundaRestResources.getConfigurationClasses());
            configuration.removeAll(REPLACED);
            registerClasses(configuration);
            register(RejectionAwareRestExceptionHandler.class);
            register(RejectionAwareProcessEngineExceptionHandler.class);
            register(RejectionAwareExceptionHandler.class);
            register(JacksonFeature.class);
        }
    }

    static Response clientError(Throwable thrown) {
        EngineErrorAnswers.Answer answer = EngineErrorAnswers.forThrown(thrown);
        return answer == null
                ? null
                : Response.status(answer.status())
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(EngineErrorAnswers.body(answer))
                        .build();
    }

    public static class RejectionAwareRestExceptionHandler extends RestExceptionHandler {
        @Override
        public Response toResponse(RestException exception) {
            Response clientError = clientError(exception);
            return clientError != null ? clientError : super.toResponse(exception);
        }
    }

    public static class RejectionAwareProcessEngineExceptionHandler extends ProcessEngineExceptionHandler {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            Response clientError = clientError(exception);
            return clientError != null ? clientError : super.toResponse(exception);
        }
    }

    public static class RejectionAwareExceptionHandler extends ExceptionHandler {
        @Override
        public Response toResponse(Throwable exception) {
            Response clientError = clientError(exception);
            return clientError != null ? clientError : super.toResponse(exception);
        }
    }
}
