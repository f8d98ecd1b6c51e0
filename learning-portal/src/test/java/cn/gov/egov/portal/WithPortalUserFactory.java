package cn.gov.egov.portal;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

import cn.gov.egov.portal.security.PortalPrincipal;
import cn.gov.egov.portal.security.UserRepository;

/** Builds the security context for {@link WithPortalUser} from the real user table. */
class WithPortalUserFactory implements WithSecurityContextFactory<WithPortalUser> {

    private final UserRepository users;

    WithPortalUserFactory(UserRepository users) {
        this.users = users;
    }

    @Override
    public SecurityContext createSecurityContext(WithPortalUser annotation) {
        PortalPrincipal principal = new PortalPrincipal(users.findByUsername(annotation.value()).orElseThrow(
                () -> new IllegalArgumentException("no portal user " + annotation.value())));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return context;
    }
}
