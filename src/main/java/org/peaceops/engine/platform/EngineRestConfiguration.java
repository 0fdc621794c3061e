package org.peaceops.engine.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
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

    /**
     * What the engine reports as a server error although the request was at fault: input a listener
     * refused (400), and a resource that does not exist or belongs to another tenant (404, the same
     * answer for both, so that nobody learns what other operations hold).
     */
    static Response clientError(Throwable thrown) {
        var rejected = InputRejectedException.findIn(thrown);
        if (rejected != null) {
            return rejection(rejected);
        }
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains(OTHER_TENANT)) {
                Matcher id = QUOTED_TASK_ID.matcher(message);
                return notFound(
                        id.find() ? "Cannot find task with id " + id.group(1) + ": task is null" : "Cannot find it");
            }
            if (t instanceof NullValueException && message.startsWith("Cannot find")) {
                return notFound(message);
            }
        }
        return null;
    }

    private static final String OTHER_TENANT = "ENGINE-13034";
    private static final Pattern QUOTED_TASK_ID = Pattern.compile("task '([^']+)'");

    private static Response notFound(String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidRequestException");
        body.put("message", message);
        return Response.status(404)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body)
                .build();
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
