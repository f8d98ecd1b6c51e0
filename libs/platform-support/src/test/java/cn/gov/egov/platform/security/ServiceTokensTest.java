package cn.gov.egov.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ServiceTokensTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-test";
    private final Instant t0 = Instant.parse("2026-11-21T08:00:00Z");

    private ServiceTokens at(Instant now, String secret) {
        return new ServiceTokens(secret, Duration.ofMinutes(5), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void issuedTokenVerifiesAndNamesTheCaller() {
        String token = at(t0, SECRET).issue("learning-portal");
        assertThat(at(t0.plusSeconds(60), SECRET).verify(token)).isEqualTo("learning-portal");
    }

    @Test
    void expiredTokenIsRefused() {
        String token = at(t0, SECRET).issue("learning-portal");
        assertThatThrownBy(() -> at(t0.plusSeconds(301), SECRET).verify(token))
                .isInstanceOf(ServiceTokenException.class).hasMessageContaining("expired");
    }

    @Test
    void tokenSignedWithAnotherSecretIsRefused() {
        String token = at(t0, "another-secret-another-secret-another").issue("learning-portal");
        assertThatThrownBy(() -> at(t0, SECRET).verify(token))
                .isInstanceOf(ServiceTokenException.class).hasMessageContaining("signature");
    }

    @Test
    void changingTheCallerOrExpiryBreaksTheSignature() {
        String token = at(t0, SECRET).issue("media-worker");
        String[] parts = token.split("\\.");
        String renamed = "learning-portal." + parts[1] + "." + parts[2];
        String extended = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];
        assertThatThrownBy(() -> at(t0, SECRET).verify(renamed)).isInstanceOf(ServiceTokenException.class);
        assertThatThrownBy(() -> at(t0, SECRET).verify(extended)).isInstanceOf(ServiceTokenException.class);
    }

    @Test
    void garbageIsRefusedWithoutException() {
        ServiceTokens tokens = at(t0, SECRET);
        for (String bad : new String[] {"", "abc", "a.b", "a.b.c.d", "UPPER.1.x", "x".repeat(300)}) {
            assertThatThrownBy(() -> tokens.verify(bad)).isInstanceOf(ServiceTokenException.class);
        }
        assertThatThrownBy(() -> tokens.verify(null)).isInstanceOf(ServiceTokenException.class);
    }

    @Test
    void shortSecretIsRejectedAtConstruction() {
        assertThatThrownBy(() -> at(t0, "short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("platform.service-auth.secret");
    }
}
