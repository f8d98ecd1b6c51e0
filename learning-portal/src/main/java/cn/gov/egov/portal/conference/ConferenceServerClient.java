package cn.gov.egov.portal.conference;

import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import cn.gov.egov.platform.PlatformProperties;
import cn.gov.egov.platform.security.ServiceTokenAuthenticationFilter;
import cn.gov.egov.platform.security.ServiceTokens;

/** Calls conference-server's REST API, each call signed with a fresh short-lived service token. */
@Component
public class ConferenceServerClient {

    private final RestClient rest;
    private final ServiceTokens tokens;
    private final String caller;

    public ConferenceServerClient(RestClient.Builder builder, ConferenceServerProperties properties,
                                  ServiceTokens tokens, PlatformProperties platform) {
        var factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(properties.timeout());
        factory.setReadTimeout(properties.timeout());
        this.rest = builder.baseUrl(properties.baseUrl().toString()).requestFactory(factory).build();
        this.tokens = tokens;
        this.caller = platform.serviceAuth().caller();
    }

    public List<RoomSummary> roomsInRegion(String regionCode) {
        try {
            return rest.get().uri("/api/v1/rooms?region={code}", regionCode)
                    .header("Authorization", ServiceTokenAuthenticationFilter.SCHEME + tokens.issue(caller))
                    .retrieve()
                    .body(new ParameterizedTypeReference<List<RoomSummary>>() { });
        } catch (RestClientException e) {
            throw new ConferenceServerException("conference-server call failed: " + e.getMessage(), e);
        }
    }
}
