package cn.gov.egov.platform.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import cn.gov.egov.platform.security.ServiceTokens.ServiceCall;

/**
 * Authenticates requests carrying {@code Authorization: Service <token>}: the principal is the verified
 * {@link ServiceCall}; authorities are {@code ROLE_SERVICE} plus, when the call acts for a user, that user's role
 * ({@code ROLE_REGION_ADMIN} …). A bad token is refused with 401 at once; a request without one passes on.
 */
public class ServiceTokenAuthenticationFilter extends OncePerRequestFilter {

    public static final String SCHEME = "Service ";
    public static final String AUTHORITY = "ROLE_SERVICE";
    private static final Logger log = LoggerFactory.getLogger(ServiceTokenAuthenticationFilter.class);

    private final ServiceTokens tokens;

    public ServiceTokenAuthenticationFilter(ServiceTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith(SCHEME)) {
            chain.doFilter(request, response);
            return;
        }
        ServiceCall call;
        try {
            call = tokens.verify(header.substring(SCHEME.length()).trim());
        } catch (ServiceTokenException e) {
            log.warn("Refused service call to {} from {}: {}", request.getRequestURI(), request.getRemoteAddr(),
                    e.getMessage());
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                    + e.getMessage() + "\"}");
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(AUTHORITY));
        if (call.hasActor()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + call.actor().role()));
        }
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(call, null, authorities));
        chain.doFilter(request, response);
    }
}
