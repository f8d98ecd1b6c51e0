package cn.gov.egov.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived signed tokens for calls between our own services: {@code caller.expiresEpochSecond.signature},
 * the signature being HMAC-SHA256 over {@code caller.expires} with a secret shared through configuration.
 * The secret never travels; a captured token is useless after its expiry. Plain Java, no Spring.
 */
public final class ServiceTokens {

    private static final Pattern CALLER = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int MIN_SECRET_BYTES = 32;

    private final byte[] secret;
    private final Duration ttl;
    private final Clock clock;

    public ServiceTokens(String secret, Duration ttl, Clock clock) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "platform.service-auth.secret must be at least " + MIN_SECRET_BYTES + " bytes long");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A token naming {@code caller}, valid for the configured lifetime from now. */
    public String issue(String caller) {
        if (!CALLER.matcher(caller).matches()) {
            throw new IllegalArgumentException("caller must match " + CALLER.pattern() + ": " + caller);
        }
        long expires = clock.instant().plus(ttl).getEpochSecond();
        String payload = caller + "." + expires;
        return payload + "." + sign(payload);
    }

    /** The caller named by a valid, unexpired token; otherwise a {@link ServiceTokenException} saying why. */
    public String verify(String token) {
        if (token == null || token.length() > 256) {
            throw new ServiceTokenException("missing or oversized service token");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !CALLER.matcher(parts[0]).matches()) {
            throw new ServiceTokenException("malformed service token");
        }
        String payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            throw new ServiceTokenException("bad service token signature");
        }
        long expires;
        try {
            expires = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            throw new ServiceTokenException("malformed service token expiry");
        }
        Instant now = clock.instant();
        if (now.getEpochSecond() >= expires) {
            throw new ServiceTokenException("service token expired");
        }
        if (Instant.ofEpochSecond(expires).isAfter(now.plus(ttl).plusSeconds(60))) {
            throw new ServiceTokenException("service token lifetime exceeds the configured maximum");
        }
        return parts[0];
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
