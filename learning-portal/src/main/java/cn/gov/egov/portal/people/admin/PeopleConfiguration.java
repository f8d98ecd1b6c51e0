package cn.gov.egov.portal.people.admin;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.egov.portal.people.IdNumberHasher;
import cn.gov.egov.portal.people.RosterLimits;

/** The plain-Java people domain's objects, built from {@link PeopleProperties}. */
@Configuration
class PeopleConfiguration {

    @Bean
    IdNumberHasher idNumberHasher(PeopleProperties properties) {
        return new IdNumberHasher(properties.idNumberKey().getBytes(StandardCharsets.UTF_8));
    }

    @Bean
    RosterLimits rosterLimits(PeopleProperties properties) {
        return RosterLimits.DEFAULT.withMaxFileBytes(properties.maxUploadSize().toBytes())
                .withMaxRows(properties.maxRows());
    }
}
