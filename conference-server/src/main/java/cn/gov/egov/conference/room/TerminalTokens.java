package cn.gov.egov.conference.room;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Room terminal credentials: 256 random bits shown once to the administrator, kept only as a SHA-256 hash, so a
 * database leak reveals no usable token. Revoking is dropping the hash.
 */
public final class TerminalTokens {

    public static final String PREFIX = "rt_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TerminalTokens() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cheap shape check before any database look-up. */
    public static boolean looksValid(String token) {
        return token != null && token.length() == PREFIX.length() + 43 && token.startsWith(PREFIX);
    }
}
