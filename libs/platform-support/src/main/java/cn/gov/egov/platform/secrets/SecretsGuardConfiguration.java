package cn.gov.egov.platform.secrets;

import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import cn.gov.egov.platform.PlatformProperties;

/**
 * Fails start-up before any bean (data source, object store client) is created when production secrets are unfit:
 * a bean factory post-processor runs ahead of every singleton.
 */
@AutoConfiguration
public class SecretsGuardConfiguration {

    @Bean
    public static BeanFactoryPostProcessor secretsGuardCheck() {
        return new Check();
    }

    static final class Check implements BeanFactoryPostProcessor, EnvironmentAware {
        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(
                org.springframework.beans.factory.config.ConfigurableListableBeanFactory beanFactory) {
            PlatformProperties.Secrets secrets = Binder.get(environment)
                    .bind("platform.secrets", PlatformProperties.Secrets.class)
                    .orElseGet(() -> new PlatformProperties.Secrets(List.of(), false));
            if (!secrets.enforce()) {
                return;
            }
            List<String> problems = SecretsGuard.problems(secrets.required(), environment::getProperty);
            if (!problems.isEmpty()) {
                throw new InsecureConfigurationException(problems);
            }
        }
    }
}
