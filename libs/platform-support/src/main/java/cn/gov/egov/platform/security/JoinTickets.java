package cn.gov.egov.platform.security;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Tickets that let a signed-in portal user into one conference on conference-server: an HS256 JWT for its own
 * audience (so it is no service token and opens no API), naming the user, role, region, display name and the
 * conference. The portal issues one when the user presses 进入会议; the desktop client hands it to the signalling
 * WebSocket; the focus re-issues a longer one for reconnects. See docs/adr/0014-signalling.md. Plain Java.
 */
public final class JoinTickets {

    public static final String AUDIENCE = "egov-conference-join";
    private static final int MAX_TICKET_LENGTH = 4096;

    private final byte[] secret;
    private final Clock clock;

    /** Whom a ticket admits, to which conference. */
    public record Ticket(String username, String role, String regionCode, String displayName, UUID conferenceId,
                         Instant expires) {
    }

    public JoinTickets(String secret, Clock clock) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalArgumentException("platform.service-auth.secret must be at least 32 bytes long");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public String issue(String username, String role, String regionCode, String displayName, UUID conferenceId,
                        Duration ttl) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .audience(AUDIENCE).subject(username).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl))).jwtID(UUID.randomUUID().toString())
                .claim("role", role).claim("region", regionCode).claim("name", displayName)
                .claim("conf", conferenceId.toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign join ticket", e);
        }
    }

    /** The ticket a valid, unexpired token carries; otherwise a {@link ServiceTokenException} saying why. */
    public Ticket verify(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TICKET_LENGTH) {
            throw new ServiceTokenException("missing or oversized join ticket");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                throw new ServiceTokenException("bad join ticket signature");
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (c.getAudience() == null || !c.getAudience().contains(AUDIENCE)) {
                throw new ServiceTokenException("not a join ticket");
            }
            Date expires = c.getExpirationTime();
            if (expires == null || !clock.instant().isBefore(expires.toInstant())) {
                throw new ServiceTokenException("join ticket expired");
            }
            String conf = c.getStringClaim("conf");
            String role = c.getStringClaim("role");
            String region = c.getStringClaim("region");
            if (c.getSubject() == null || conf == null || role == null || region == null) {
                throw new ServiceTokenException("join ticket lacks user, role, region or conference");
            }
            String name = c.getStringClaim("name");
            return new Ticket(c.getSubject(), role, region, name == null ? c.getSubject() : name,
                    UUID.fromString(conf), expires.toInstant());
        } catch (ParseException | JOSEException | IllegalArgumentException e) {
            throw new ServiceTokenException("malformed join ticket");
        }
    }
}
