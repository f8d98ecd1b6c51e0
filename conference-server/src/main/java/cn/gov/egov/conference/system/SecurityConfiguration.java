package cn.gov.egov.conference.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import cn.gov.egov.platform.security.ServiceTokenAuthenticationFilter;

/**
 * The API is for our own services (the portal calls it with a signed service token naming the acting user);
 * room kiosks use their terminal token; health, metrics and the API documentation are open. Everything else is
 * refused. Region-scoped authority is checked in the services for every action.
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ServiceTokenAuthenticationFilter serviceTokens)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(serviceTokens, UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info",
                                "/actuator/prometheus", "/error").permitAll()
                        // API documentation, and the kiosk's endpoint (it authenticates with its terminal token)
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/api/v1/terminal/**").permitAll()
                        // the browser clients and their signalling socket (joining needs a ticket or terminal token)
                        .requestMatchers("/room", "/join/*", "/client/**", "/ws/signal", "/favicon.ico").permitAll()
                        .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/api/**").hasRole("SERVICE")
                        .anyRequest().denyAll());
        return http.build();
    }
}
