package org.peaceops.engine.web;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * In the prod profile, refuses to start unless the administrator's credentials come from the
 * environment: production never falls back to a known password.
 */
public class ProductionCredentialsCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            return;
        }
        String user = environment.getProperty("ADMIN_USER");
        String password = environment.getProperty("ADMIN_PASSWORD");
        if (user == null || user.isBlank() || password == null || password.isBlank()) {
            throw new MissingAdminCredentialsException();
        }
        if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
            throw new IllegalStateException("the prod and demo profiles exclude each other");
        }
    }

    /** Thrown when the prod profile starts without ADMIN_USER and ADMIN_PASSWORD. */
    public static class MissingAdminCredentialsException extends IllegalStateException {
        MissingAdminCredentialsException() {
            super("The prod profile needs the administrator's credentials from the environment: "
                    + "set ADMIN_USER and ADMIN_PASSWORD.");
        }
    }
}
