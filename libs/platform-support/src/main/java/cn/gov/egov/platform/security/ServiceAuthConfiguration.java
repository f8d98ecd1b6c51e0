package cn.gov.egov.platform.security;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

import cn.gov.egov.platform.PlatformProperties;
import cn.gov.egov.platform.clock.ClockConfiguration;

/** Service tokens for calls between our apps, keyed by {@code platform.service-auth.secret}. */
@AutoConfiguration(after = ClockConfiguration.class)
@EnableConfigurationProperties(PlatformProperties.class)
public class ServiceAuthConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ServiceTokens serviceTokens(PlatformProperties properties, Clock clock) {
        var auth = properties.serviceAuth();
        return new ServiceTokens(auth.secret(), auth.tokenTtl(), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    public JoinTickets joinTickets(PlatformProperties properties, Clock clock) {
        return new JoinTickets(properties.serviceAuth().secret(), clock);
    }

    @Bean
    @ConditionalOnClass(name = "jakarta.servlet.Filter")
    @ConditionalOnMissingBean
    public ServiceTokenAuthenticationFilter serviceTokenAuthenticationFilter(ServiceTokens tokens) {
        return new ServiceTokenAuthenticationFilter(tokens);
    }

    /** The filter belongs inside each app's security filter chain, not in the servlet container's own chain. */
    @Bean
    @ConditionalOnClass(name = "jakarta.servlet.Filter")
    public FilterRegistrationBean<ServiceTokenAuthenticationFilter> serviceTokenFilterNotInContainer(
            ServiceTokenAuthenticationFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
