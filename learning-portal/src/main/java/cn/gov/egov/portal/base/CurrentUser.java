package cn.gov.egov.portal.base;

import org.springframework.stereotype.Component;

import com.vaadin.flow.spring.security.AuthenticationContext;

import cn.gov.egov.portal.security.PortalPrincipal;
import cn.gov.egov.portal.security.PortalUser;

/** The signed-in portal user of the current request or UI. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;

    public CurrentUser(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public PortalUser get() {
        return authentication.getAuthenticatedUser(PortalPrincipal.class).map(PortalPrincipal::user)
                .orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }
}
