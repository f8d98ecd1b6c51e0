package cn.gov.egov.conference.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.egov.conference.authority.Authority;
import cn.gov.egov.conference.conference.ConferenceProperties;

@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    JoinPolicy joinPolicy(Authority authority, ConferenceProperties schedule) {
        return new JoinPolicy(authority, schedule.joinWindow(), schedule.grace());
    }
}
