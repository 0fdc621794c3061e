package org.peaceops.engine.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peaceops.engine.web.SecurityProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Who may deploy through REST, as each profile's configuration says: only administrators in
 * production, where a deployment (which runs code on the server) ships through the repository; the
 * designers too in the demo, so that they deploy from Camunda Modeler.
 */
class DeployersByProfileTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"prod, camunda-admin", "'prod,postgres', camunda-admin", "demo, camunda-admin process-designers"})
    void onlyTheseGroupsMayDeployThroughRest(String profiles, String deployers) throws IOException {
        var sources = new MutablePropertySources();
        for (String file : files(profiles)) {
            for (PropertySource<?> source : new YamlPropertySourceLoader().load(file, new ClassPathResource(file))) {
                sources.addFirst(source);
            }
        }

        var security = new Binder(ConfigurationPropertySources.from(sources))
                .bind("transition.security", SecurityProperties.class)
                .orElseGet(() -> new SecurityProperties(null, null, null));

        assertThat(security.restDeployers()).containsExactly(deployers.split(" "));
        assertThat(security.engineReaders()).containsExactlyInAnyOrder("camunda-admin", "transition-managers");
    }

    private static List<String> files(String profiles) {
        List<String> files = new ArrayList<>(List.of("application.yaml"));
        for (String profile : profiles.split(",")) {
            files.add("application-" + profile + ".yaml");
        }
        return files;
    }
}
