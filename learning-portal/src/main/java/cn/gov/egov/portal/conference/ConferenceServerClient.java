package cn.gov.egov.portal.conference;

import java.util.List;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import cn.gov.egov.platform.PlatformProperties;
import cn.gov.egov.platform.security.ServiceTokenAuthenticationFilter;
import cn.gov.egov.platform.security.ServiceTokens;
import cn.gov.egov.portal.security.PortalUser;

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

    /** Rooms in the user's region subtree (the first page), asked for on the user's behalf. */
    public RoomPage roomsInRegion(PortalUser user) {
        try {
            return rest.get().uri("/api/v1/rooms?region={code}&size=200", user.regionCode())
                    .header("Authorization", ServiceTokenAuthenticationFilter.SCHEME + tokens.issue(caller, actor(user)))
                    .retrieve()
                    .body(RoomPage.class);
        } catch (RestClientException e) {
            throw new ConferenceServerException("conference-server call failed: " + e.getMessage(), e);
        }
    }

    /** One page of rooms as conference-server lists them. */
    public record RoomPage(List<RoomSummary> items, int page, int size, long total) {
    }

    private static ServiceTokens.Actor actor(PortalUser user) {
        return new ServiceTokens.Actor(user.username(), user.role().name(), user.regionCode());
    }
}
