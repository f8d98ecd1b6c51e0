package cn.gov.egov.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class JoinTicketsTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-test";
    private final Instant t0 = Instant.parse("2026-11-22T02:00:00Z");
    private final UUID conference = UUID.randomUUID();

    @Test
    void roundTripsWhoAndWhichConference() {
        JoinTickets tickets = new JoinTickets(SECRET, Clock.fixed(t0, ZoneOffset.UTC));
        String token = tickets.issue("zhang.san", "LEARNER", "530102", "张三", conference, Duration.ofMinutes(2));
        JoinTickets.Ticket t = tickets.verify(token);
        assertThat(t.username()).isEqualTo("zhang.san");
        assertThat(t.displayName()).isEqualTo("张三");
        assertThat(t.regionCode()).isEqualTo("530102");
        assertThat(t.conferenceId()).isEqualTo(conference);
        assertThat(t.expires()).isEqualTo(t0.plus(Duration.ofMinutes(2)));
    }

    @Test
    void refusesExpiredForgedAndServiceTokens() {
        JoinTickets issuer = new JoinTickets(SECRET, Clock.fixed(t0, ZoneOffset.UTC));
        String token = issuer.issue("a", "LEARNER", "530000", "A", conference, Duration.ofMinutes(2));
        JoinTickets later = new JoinTickets(SECRET, Clock.fixed(t0.plusSeconds(121), ZoneOffset.UTC));
        assertThatThrownBy(() -> later.verify(token)).hasMessageContaining("expired");
        JoinTickets otherKey = new JoinTickets(SECRET + "x", Clock.fixed(t0, ZoneOffset.UTC));
        assertThatThrownBy(() -> otherKey.verify(token)).hasMessageContaining("signature");
        String service = new ServiceTokens(SECRET, Duration.ofMinutes(5), Clock.fixed(t0, ZoneOffset.UTC))
                .issue("learning-portal", new ServiceTokens.Actor("a", "LEARNER", "530000"));
        assertThatThrownBy(() -> issuer.verify(service)).hasMessageContaining("not a join ticket");
        assertThatThrownBy(() -> issuer.verify("garbage")).hasMessageContaining("malformed");
        assertThatThrownBy(() -> issuer.verify("x".repeat(5000))).hasMessageContaining("oversized");
    }
}
