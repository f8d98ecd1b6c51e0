package cn.gov.egov.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests carrying {@code Authorization: Service <token>} as the calling service, with the
 * authority {@code ROLE_SERVICE}. A request with a bad token is refused with 401 at once; a request without
 * one passes on to the app's other authentication.
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
        try {
            String caller = tokens.verify(header.substring(SCHEME.length()).trim());
            var auth = UsernamePasswordAuthenticationToken.authenticated(
                    "service:" + caller, null, List.of(new SimpleGrantedAuthority(AUTHORITY)));
            SecurityContextHolder.getContext().setAuthentication(auth);
            chain.doFilter(request, response);
        } catch (ServiceTokenException e) {
            log.warn("Refused service call to {} from {}: {}", request.getRequestURI(), request.getRemoteAddr(),
                    e.getMessage());
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                    + e.getMessage() + "\"}");
        }
    }
}
