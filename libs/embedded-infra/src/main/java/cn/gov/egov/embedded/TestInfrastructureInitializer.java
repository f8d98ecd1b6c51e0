package cn.gov.egov.embedded;

import java.util.HashMap;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at this JVM's real PostgreSQL and S3 server:
 * {@code @ContextConfiguration(initializers = TestInfrastructureInitializer.class)}.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(
                new MapPropertySource("testInfrastructure", new HashMap<>(TestInfrastructure.get().springProperties())));
    }
}
