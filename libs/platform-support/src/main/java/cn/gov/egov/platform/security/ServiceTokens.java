package cn.gov.egov.platform.security;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Short-lived signed tokens for calls between our own services: HS256 JWTs (Nimbus JOSE) keyed by a secret shared
 * through configuration. A token names the calling service and, when the call is made for a signed-in user, that
 * user's name, role and region, so the callee checks region-scoped authority itself. Plain Java, no Spring.
 */
public final class ServiceTokens {

    public static final String AUDIENCE = "egov-platform";
    private static final Pattern CALLER = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int MIN_SECRET_BYTES = 32;
    private static final int MAX_TOKEN_LENGTH = 4096;

    private final byte[] secret;
    private final Duration ttl;
    private final Clock clock;

    /**
     * Who acts, when a service calls for a signed-in user.
     *
     * @param clientAddress the user's own address as the calling service saw it (for the audit log); may be null
     */
    public record Actor(String username, String role, String regionCode, String clientAddress) {
        public Actor(String username, String role, String regionCode) {
            this(username, role, regionCode, null);
        }
    }

    /** A verified call: the calling service and, if any, the user it acts for. */
    public record ServiceCall(String caller, Actor actor) {
        public boolean hasActor() {
            return actor != null;
        }
    }

    public ServiceTokens(String secret, Duration ttl, Clock clock) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "platform.service-auth.secret must be at least " + MIN_SECRET_BYTES + " bytes long");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A token naming {@code caller} only, valid for the configured lifetime from now. */
    public String issue(String caller) {
        return issue(caller, null);
    }

    /** A token naming {@code caller} acting for {@code actor} (may be null). */
    public String issue(String caller, Actor actor) {
        if (!CALLER.matcher(caller).matches()) {
            throw new IllegalArgumentException("caller must match " + CALLER.pattern() + ": " + caller);
        }
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(caller)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString());
        if (actor != null) {
            claims.subject(actor.username()).claim("role", actor.role()).claim("region", actor.regionCode());
            if (actor.clientAddress() != null) {
                claims.claim("addr", actor.clientAddress());
            }
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign service token", e);
        }
    }

    /** The call a valid, unexpired token describes; otherwise a {@link ServiceTokenException} saying why. */
    public ServiceCall verify(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw new ServiceTokenException("missing or oversized service token");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new ServiceTokenException("malformed service token");
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new ServiceTokenException("service token must be signed with HS256");
        }
        try {
            if (!jwt.verify(new MACVerifier(secret))) {
                throw new ServiceTokenException("bad service token signature");
            }
        } catch (JOSEException e) {
            throw new ServiceTokenException("bad service token signature");
        }
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        if (expires == null || issued == null || !now.isBefore(expires.toInstant())) {
            throw new ServiceTokenException("service token expired");
        }
        if (expires.toInstant().isAfter(now.plus(ttl).plusSeconds(60))) {
            throw new ServiceTokenException("service token lifetime exceeds the configured maximum");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(AUDIENCE)) {
            throw new ServiceTokenException("service token is for another audience");
        }
        String caller = claims.getIssuer();
        if (caller == null || !CALLER.matcher(caller).matches()) {
            throw new ServiceTokenException("service token names no valid caller");
        }
        return new ServiceCall(caller, actor(claims));
    }

    private static Actor actor(JWTClaimsSet claims) {
        if (claims.getSubject() == null) {
            return null;
        }
        try {
            String role = claims.getStringClaim("role");
            String region = claims.getStringClaim("region");
            if (role == null || region == null) {
                throw new ServiceTokenException("service token names a user without role or region");
            }
            return new Actor(claims.getSubject(), role, region, claims.getStringClaim("addr"));
        } catch (ParseException e) {
            throw new ServiceTokenException("malformed user claims in service token");
        }
    }
}
