package cn.gov.egov.conference.notification.sms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.egov.conference.notification.NotificationProperties;

/** The HTTP SMS gateway, only when {@code conference.notifications.sms.enabled=true} (off by default). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
public class SmsConfiguration {

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    @ConditionalOnProperty(name = "conference.notifications.sms.enabled", havingValue = "true")
    SmsGateway httpSmsGateway(NotificationProperties properties) {
        NotificationProperties.Sms sms = properties.sms();
        return new HttpSmsGateway(sms.url(), sms.token(), sms.timeout());
    }
}
