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
        var call = at(t0.plusSeconds(60), SECRET).verify(token);
        assertThat(call.caller()).isEqualTo("learning-portal");
        assertThat(call.hasActor()).isFalse();
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
    void carriesTheActingUser() {
        var actor = new ServiceTokens.Actor("region-admin", "REGION_ADMIN", "530100");
        var call = at(t0, SECRET).verify(at(t0, SECRET).issue("learning-portal", actor));
        assertThat(call.actor()).isEqualTo(actor);
    }

    @Test
    void changingAnyClaimBreaksTheSignature() {
        var actor = new ServiceTokens.Actor("region-admin", "REGION_ADMIN", "530100");
        String token = at(t0, SECRET).issue("learning-portal", actor);
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        String promoted = payload.replace("\"REGION_ADMIN\"", "\"SYSTEM_ADMIN\"").replace("530100", "530000");
        String forged = parts[0] + "."
                + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                        promoted.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(promoted).isNotEqualTo(payload);
        assertThatThrownBy(() -> at(t0, SECRET).verify(forged))
                .isInstanceOf(ServiceTokenException.class).hasMessageContaining("signature");
    }

    @Test
    void unsignedTokenIsRefused() {
        String unsigned = new com.nimbusds.jwt.PlainJWT(new com.nimbusds.jwt.JWTClaimsSet.Builder()
                .issuer("learning-portal").audience(ServiceTokens.AUDIENCE)
                .expirationTime(java.util.Date.from(t0.plusSeconds(60))).build()).serialize();
        assertThatThrownBy(() -> at(t0, SECRET).verify(unsigned)).isInstanceOf(ServiceTokenException.class);
    }

    @Test
    void garbageIsRefusedWithoutException() {
        ServiceTokens tokens = at(t0, SECRET);
        for (String bad : new String[] {"", "abc", "a.b", "a.b.c.d", "UPPER.1.x", "x".repeat(5000)}) {
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
