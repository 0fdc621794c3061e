package org.peaceops.engine.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peaceops.engine.TransitionEngineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production never starts with a known password. */
class ProductionProfileTest {

    @Test
    void theProdProfileRefusesToStartWithoutAdminCredentialsFromTheEnvironment() {
        var application = new SpringApplicationBuilder(TransitionEngineApplication.class)
                .profiles("prod")
                .properties("spring.datasource.url=jdbc:h2:mem:prod-check", "server.port=0");

        assertThatThrownBy(() -> application.run())
                .isInstanceOf(ProductionCredentialsCheck.MissingAdminCredentialsException.class)
                .hasMessageContaining("ADMIN_USER")
                .hasMessageContaining("ADMIN_PASSWORD");
    }
}
