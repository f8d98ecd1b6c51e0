package cn.gov.egov.portal.conference;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where conference-server's REST API is (env {@code PORTAL_CONFERENCE_SERVER_BASE_URL}). */
@ConfigurationProperties("portal.conference-server")
public record ConferenceServerProperties(
        @DefaultValue("http://127.0.0.1:8081") URI baseUrl,
        @DefaultValue("PT5S") Duration timeout) {
}
