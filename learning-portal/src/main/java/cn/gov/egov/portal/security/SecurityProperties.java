package cn.gov.egov.portal.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailuresPerUser    failed log-ins of one user name before it is locked
 * @param maxFailuresPerAddress failed log-ins from one client address before it is locked
 * @param window                the window in which failures count
 * @param lockout               how long a lock lasts
 */
@ConfigurationProperties("portal.login")
public record SecurityProperties(
        @DefaultValue("5") int maxFailuresPerUser,
        @DefaultValue("30") int maxFailuresPerAddress,
        @DefaultValue("PT15M") Duration window,
        @DefaultValue("PT15M") Duration lockout) {
}
