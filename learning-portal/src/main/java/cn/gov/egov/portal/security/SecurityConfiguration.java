package cn.gov.egov.portal.security;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import cn.gov.egov.portal.security.ui.LoginView;

/**
 * Form log-in against the user table (BCrypt hashes), throttled against guessing; session id changed at log-in
 * (fixation protection); health and metrics open; every view needs a signed-in user unless it says otherwise.
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        // Spring's error page, so a 404 of the media endpoints stays a 404
                        .requestMatchers("/error").permitAll()
                        // our style sheets (src/main/resources/META-INF/resources/styles), loaded by views
                        .requestMatchers("/styles/**").permitAll()
                        // playlists and redirects to presigned links, for signed-in users only
                        .requestMatchers("/media/play/**").authenticated()
                        // 进入会议: a join ticket for the signed-in user, then off to conference-server
                        .requestMatchers("/conference/join/**").authenticated()
                        // 导出签到表: the attendance workbook streamed from conference-server, which checks authority
                        .requestMatchers("/conference/attendance/**").authenticated()
                        // 证书核验: the public verification page a certificate's QR code leads to, no log-in
                        .requestMatchers("/verify", "/verify/**").permitAll()
                        // 我的证书: a certificate's PDF, for its owner (checked by the controller)
                        .requestMatchers("/certificates/download/**").authenticated()
                        // the player's heartbeats, presence answers and end (JSON, CSRF token in X-CSRF-TOKEN)
                        .requestMatchers("/api/learning/**").authenticated())
                // an API call without a session gets 401, not the log-in page
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserRepository users, PasswordEncoder encoder,
                                                  SecurityProperties properties, Clock clock) {
        UserDetailsService details = username -> users.findByUsername(username)
                .map(PortalPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(details);
        dao.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(dao,
                new LoginThrottle(properties.maxFailuresPerUser(), properties.window(), properties.lockout(), clock),
                new LoginThrottle(properties.maxFailuresPerAddress(), properties.window(), properties.lockout(),
                        clock));
    }
}
