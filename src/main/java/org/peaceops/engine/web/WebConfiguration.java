package org.peaceops.engine.web;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Before authentication: a body too large is refused before anyone reads it. */
    @Bean
    FilterRegistrationBean<ApiRequestLimits> apiRequestLimits(
            @Value("${transition.api.max-body-bytes:20971520}") long maxBodyBytes) {
        var registration = new FilterRegistrationBean<>(new ApiRequestLimits(maxBodyBytes));
        registration.setName("api-request-limits");
        registration.addUrlPatterns("/api/*");
        // the API's OpenAPI document is for signed-in callers, like the API
        registration.addUrlPatterns("/v3/api-docs", "/v3/api-docs/*");
        registration.setOrder(10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(
            ProcessEngine engine, BasicAuthentications authentications) {
        var registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(engine.getIdentityService(), authentications, engine.getName()));
        registration.setName("api-authentication");
        registration.addUrlPatterns("/api/*");
        // the API's OpenAPI document is for signed-in callers, like the API
        registration.addUrlPatterns("/v3/api-docs", "/v3/api-docs/*");
        // the engine REST API's own filter lets /engine (the list of engine names) through anonymously
        registration.addUrlPatterns("/engine-rest/engine", "/engine-rest/engine/");
        // the metrics name every operation and its workload
        registration.addUrlPatterns("/actuator/prometheus");
        // after the webapps' session filters, so that a signed-in session is visible here
        registration.setOrder(20);
        return registration;
    }

    /** The metrics and the transition dashboard, for the groups that read the engine-wide figures. */
    @Bean
    FilterRegistrationBean<EngineReaderGuard> engineReaderGuard(Callers callers, SecurityProperties security) {
        var registration = new FilterRegistrationBean<>(new EngineReaderGuard(callers, security));
        registration.setName("engine-reader-guard");
        registration.addUrlPatterns("/actuator/prometheus", "/api/dashboard/*");
        registration.setOrder(21);
        return registration;
    }

    /** First of all: the operation a request concerns is in every line it logs. */
    @Bean
    FilterRegistrationBean<OperationLogContext> operationLogContext() {
        var registration = new FilterRegistrationBean<>(new OperationLogContext());
        registration.setName("operation-log-context");
        registration.addUrlPatterns("/api/operations/*");
        registration.setOrder(5);
        return registration;
    }

    /** The project's own pages (the transition status report) use the webapps' sign-in. */
    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> pageAuthentication(
            ProcessEngine engine, BasicAuthentications authentications) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(
                engine.getIdentityService(), authentications, engine.getName(), "/camunda/app/cockpit/default/"));
        registration.setName("page-authentication");
        registration.addUrlPatterns("/reports/*");
        registration.setOrder(20);
        return registration;
    }

    /** Everyone's page of their notification settings: staff sign in through Tasklist, the webapp they have. */
    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> settingsPageAuthentication(
            ProcessEngine engine, BasicAuthentications authentications) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(
                engine.getIdentityService(),
                authentications,
                engine.getName(),
                "/camunda/app/tasklist/" + engine.getName() + "/"));
        registration.setName("settings-page-authentication");
        registration.addUrlPatterns("/notifications.html");
        registration.setOrder(20);
        return registration;
    }
}
