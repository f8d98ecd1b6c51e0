package cn.gov.egov.conference.signal;

import java.util.List;

import org.apache.tomcat.websocket.server.WsContextListener;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import cn.gov.egov.conference.live.FocusProperties;

/**
 * The signalling WebSocket at {@code /ws/signal}. Same-origin only unless {@code conference.focus.allowed-origins}
 * names others (the client pages are served from here). Spring Boot's WebSocket auto-configuration is not on our
 * registry, so Tomcat's WebSocket container is started here.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class SignalingConfiguration implements WebSocketConfigurer {

    static final String PATH = "/ws/signal";

    private final SignalingHandler handler;
    private final List<String> allowedOrigins;

    SignalingConfiguration(SignalingHandler handler,
                           @org.springframework.beans.factory.annotation.Value(
                                   "${conference.focus.allowed-origins:}") List<String> allowedOrigins) {
        this.handler = handler;
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        var registration = registry.addHandler(handler, PATH);
        if (!allowedOrigins.isEmpty()) {
            registration.setAllowedOriginPatterns(allowedOrigins.toArray(String[]::new));
        }
    }

    /**
     * Tomcat's WebSocket container, with the largest text message we take (a 146-venue answer is well over Tomcat's
     * default 8 KiB); anything larger closes the connection with status 1009.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatWebSockets(FocusProperties properties) {
        return factory -> factory.addContextCustomizers(context -> {
            context.addApplicationListener(WsContextListener.class.getName());
            context.addParameter("org.apache.tomcat.websocket.textBufferSize",
                    String.valueOf(properties.maxMessage()));
        });
    }
}
