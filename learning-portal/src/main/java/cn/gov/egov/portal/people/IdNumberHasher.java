package cn.gov.egov.portal.people;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashing of ID numbers (HMAC-SHA256). A plain SHA-256 would not protect them: with the region, birth date
 * and sequence there are only about 10<sup>11</sup>–10<sup>12</sup> valid numbers, found by brute force in hours.
 * With a secret key of at least 256 bits, held outside the database, a stolen table reveals nothing. The key must
 * stay the same for the hashes to match across imports.
 */
public final class IdNumberHasher {

    public static final String ALGORITHM = "HmacSHA256";
    public static final int MIN_KEY_BYTES = 32;

    private final Mac mac;

    public IdNumberHasher(byte[] key) {
        if (key == null || key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("ID-number hash key must be at least " + MIN_KEY_BYTES + " bytes");
        }
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    /**
     * The masked form and keyed hash of a well-formed number (normalised first: spaces removed, x upper-cased).
     *
     * @throws PeopleException when the number is not a well-formed 18-character ID number
     */
    public ProtectedIdNumber protect(String number) {
        String normal = IdNumbers.normalise(number);
        IdNumbers.check(normal).ifPresent(p -> {
            throw new PeopleException("id-number-invalid", "身份证号格式或校验位不正确");
        });
        return new ProtectedIdNumber(IdNumbers.mask(normal), hash(normal));
    }

    private synchronized String hash(String normal) {
        return HexFormat.of().formatHex(mac.doFinal(normal.getBytes(StandardCharsets.US_ASCII)));
    }
}
