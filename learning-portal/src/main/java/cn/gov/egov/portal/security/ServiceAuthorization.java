package cn.gov.egov.portal.security;

import org.springframework.stereotype.Component;

import cn.gov.egov.platform.PlatformProperties;
import cn.gov.egov.platform.security.ServiceTokenAuthenticationFilter;
import cn.gov.egov.platform.security.ServiceTokens;

/**
 * The {@code Authorization} header of the portal's calls to our other services (ADR 0006): a fresh signed token
 * naming the portal and, when the call acts for someone, the signed-in user, role and region.
 */
@Component
public class ServiceAuthorization {

    private final ServiceTokens tokens;
    private final String caller;

    public ServiceAuthorization(ServiceTokens tokens, PlatformProperties platform) {
        this.tokens = tokens;
        this.caller = platform.serviceAuth().caller();
    }

    /** For a call on behalf of {@code user}; for the portal itself when {@code user} is null. */
    public String header(PortalUser user) {
        String token = user == null ? tokens.issue(caller) : tokens.issue(caller,
                new ServiceTokens.Actor(user.username(), user.role().name(), user.regionCode()));
        return ServiceTokenAuthenticationFilter.SCHEME + token;
    }
}
