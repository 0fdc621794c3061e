package org.peaceops.engine.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API at /engine-rest: HTTP Basic for every call (the engine would otherwise serve
 * anonymous callers without authorization checks), and a 400 that names the field when a listener
 * refuses input, where the engine would answer 500.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.setOrder(10);
        return registration;
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

    static Response rejection(InputRejectedException rejected) {
        Map<String, Object> body = new LinkedHashMap<>();
        // type and message are what Tasklist shows to the user; errors is the project's error format.
        body.put("type", "InputRejectedException");
        body.put("message", rejected.getMessage());
        body.put("errors", rejected.errors());
        return Response.status(rejected.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
    }

    public static class RejectionAwareRestExceptionHandler extends RestExceptionHandler {
        @Override
        public Response toResponse(RestException exception) {
            var rejected = InputRejectedException.findIn(exception);
            return rejected != null ? rejection(rejected) : super.toResponse(exception);
        }
    }

    public static class RejectionAwareProcessEngineExceptionHandler extends ProcessEngineExceptionHandler {
        @Override
        public Response toResponse(ProcessEngineException exception) {
            var rejected = InputRejectedException.findIn(exception);
            return rejected != null ? rejection(rejected) : super.toResponse(exception);
        }
    }

    public static class RejectionAwareExceptionHandler extends ExceptionHandler {
        @Override
        public Response toResponse(Throwable exception) {
            var rejected = InputRejectedException.findIn(exception);
            return rejected != null ? rejection(rejected) : super.toResponse(exception);
        }
    }
}
