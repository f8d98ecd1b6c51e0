package cn.gov.egov.portal.learning.progress;

import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * 128-bit random identifiers (session ids, presence tokens) as 22 URL-safe characters. They are unguessable only
 * when the generator is: production passes a {@link java.security.SecureRandom}; tests pass a seeded generator.
 */
public final class RandomTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private RandomTokens() {
    }

    public static String next(RandomGenerator random) {
        byte[] bytes = new byte[16];
        long hi = random.nextLong();
        long lo = random.nextLong();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (hi >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return ENCODER.encodeToString(bytes);
    }
}
