package cn.gov.egov.portal.security;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password log-in against the user table, refused while the user name or the client address is locked by the
 * {@link LoginThrottle}s. A locked attempt is refused before the password is even checked.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider delegate;
    private final LoginThrottle byUser;
    private final LoginThrottle byAddress;

    public ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle byUser,
                                           LoginThrottle byAddress) {
        this.delegate = delegate;
        this.byUser = byUser;
        this.byAddress = byAddress;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = String.valueOf(authentication.getName()).toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d
                ? d.getRemoteAddress() : "unknown";
        if (byUser.isLocked(user) || byAddress.isLocked(address)) {
            log.warn("Log-in refused while locked: user={} address={}", user, address);
            throw new LockedException("too many failed log-ins");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            byUser.recordSuccess(user);
            return result;
        } catch (BadCredentialsException e) {
            byUser.recordFailure(user);
            byAddress.recordFailure(address);
            log.info("Failed log-in: user={} address={}", user, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
