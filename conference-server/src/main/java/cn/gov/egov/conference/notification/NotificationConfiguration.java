package cn.gov.egov.conference.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Defaults of the notification feature that a deployment may replace. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    /** Until the portal supplies users' addresses (see docs/adr/0009-notifications.md), invitees get portal notices. */
    @Bean
    @ConditionalOnMissingBean(UserDirectory.class)
    UserDirectory noAddressUserDirectory() {
        return username -> UserContact.UNKNOWN;
    }
}
