package org.peaceops.engine.metrics;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The operations' gauges are refreshed on Spring's scheduler ({@link OperationMeters}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MetricsConfiguration {}
