package org.peaceops.engine.bench;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The bench's own beans: the round-trip counter around the data source. Never in the main code. */
@TestConfiguration(proxyBeanMethods = false)
class BenchConfiguration {

    // static: a BeanPostProcessor must exist before the beans it wraps
    @Bean
    static RoundTrips roundTrips() {
        return new RoundTrips();
    }
}
