package org.peaceops.engine;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableProcessApplication("transition-engine")
public class TransitionEngineApplication {

    public static void main(String[] args) {
        SpringApplication.run(TransitionEngineApplication.class, args);
    }
}
