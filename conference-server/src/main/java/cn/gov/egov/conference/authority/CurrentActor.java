package cn.gov.egov.conference.authority;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.gov.egov.platform.security.ServiceTokens.ServiceCall;

/** The actor of the current request, from the verified service token. */
public final class CurrentActor {

    private CurrentActor() {
    }

    /** The acting user; a call without one (a bare service call) may not administer anything. */
    public static Actor require() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof ServiceCall call) || !call.hasActor()) {
            throw new ForbiddenException("this call must act for a signed-in user", null);
        }
        var a = call.actor();
        Actor.Role role;
        try {
            role = Actor.Role.valueOf(a.role());
        } catch (IllegalArgumentException e) {
            throw new ForbiddenException("unknown role " + a.role(), null);
        }
        return new Actor(a.username(), role, a.regionCode(), a.clientAddress());
    }
}
