package cn.gov.egov.portal.conference;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where conference-server is.
 *
 * @param baseUrl   its REST API as the portal reaches it (env {@code PORTAL_CONFERENCE_SERVER_BASE_URL})
 * @param publicUrl its client pages as users' browsers reach them (env {@code PORTAL_CONFERENCE_SERVER_PUBLIC_URL};
 *                  in production the address of the reverse proxy in front of it)
 */
@ConfigurationProperties("portal.conference-server")
public record ConferenceServerProperties(
        @DefaultValue("http://127.0.0.1:8081") URI baseUrl,
        @DefaultValue("http://127.0.0.1:8081") URI publicUrl,
        @DefaultValue("PT5S") Duration timeout) {
}
