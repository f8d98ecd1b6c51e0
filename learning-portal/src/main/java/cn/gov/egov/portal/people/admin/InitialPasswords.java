package cn.gov.egov.portal.people.admin;

import java.security.SecureRandom;

import org.springframework.security.crypto.password.MessageDigestPasswordEncoder;

/**
 * Random initial passwords for imported accounts: 14 characters from 56 unambiguous letters and digits (about 81
 * bits), a different one per person, never a fixed default. The account must change it at first log-in.
 * <p>
 * <b>Hash:</b> salted SHA-256 in Spring's {@code {SHA-256}} form, which the portal's delegating encoder verifies.
 * BCrypt at its default cost takes ~80 ms a hash here, i.e. more than two hours for 100,000 people; a slow hash
 * protects guessable passwords, and these are random with ~81 bits, beyond brute force even at GPU speed. The
 * first log-in replaces it with the user's own password under BCrypt.
 */
@SuppressWarnings("deprecation")
public final class InitialPasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 14;

    private final SecureRandom random = new SecureRandom();
    private final MessageDigestPasswordEncoder sha256 = new MessageDigestPasswordEncoder("SHA-256");

    public String generate() {
        char[] c = new char[LENGTH];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(c);
    }

    /** The hash as stored in {@code app_user.password_hash}. */
    public String hash(String password) {
        return "{SHA-256}" + sha256.encode(password);
    }
}
