package cn.gov.egov.portal.learning.certificate;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Public verification codes (验证码): {@value #LENGTH} characters drawn uniformly from the {@value #ALPHABET_SIZE}
 * characters of {@link #ALPHABET} (no 0, O, 1, I), so 80 random bits: unguessable, and readable over the phone.
 * The canonical form is upper case without separators ({@code 7KQ2XH9MWR4TBN3P}); the PDF prints it in groups of
 * four ({@code 7KQ2-XH9M-WR4T-BN3P}) and {@link #parse} accepts either, in any case, with spaces or hyphens.
 *
 * <p>Codes are unguessable only when the generator is: production uses the default {@link SecureRandom}; tests pass
 * a seeded generator. Uniqueness is a matter of chance (80 bits) and is enforced where certificates are stored.
 */
public final class VerificationCodes {

    /** Digits 2–9 and the letters without I and O. */
    public static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int ALPHABET_SIZE = 32;
    public static final int LENGTH = 16;
    /** The page that shows a certificate by its code, relative to the portal's public address. */
    public static final String VERIFY_PATH = "verify/";

    private static final int GROUP = 4;

    private final RandomGenerator random;

    /** Codes from a new {@link SecureRandom}. */
    public VerificationCodes() {
        this(new SecureRandom());
    }

    public VerificationCodes(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new code in canonical form. */
    public String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET_SIZE));
        }
        return new String(code);
    }

    /** Whether {@code code} is a code in canonical form: exactly {@value #LENGTH} characters of the alphabet. */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A code as a person typed or scanned it ({@code 7kq2-xh9m wr4t bn3p}) in canonical form, or empty when it is
     * not one. Only spaces and hyphens are dropped; any other stray character makes it malformed.
     */
    public static Optional<String> parse(String input) {
        if (input == null || input.length() > 4 * LENGTH) {
            return Optional.empty();
        }
        String canonical = input.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        return isWellFormed(canonical) ? Optional.of(canonical) : Optional.empty();
    }

    /** The canonical code in groups of four, as printed: {@code 7KQ2-XH9M-WR4T-BN3P}. */
    public static String grouped(String code) {
        requireWellFormed(code);
        StringBuilder out = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i += GROUP) {
            if (i > 0) {
                out.append('-');
            }
            out.append(code, i, i + GROUP);
        }
        return out.toString();
    }

    /**
     * The public verification page of a code: {@code publicBase} (the portal's address as the public reaches it,
     * http or https) plus {@code verify/{code}}. A missing trailing slash on the base is added.
     */
    public static URI verificationUrl(URI publicBase, String code) {
        requireWellFormed(code);
        Objects.requireNonNull(publicBase, "publicBase");
        String scheme = publicBase.getScheme();
        if (!publicBase.isAbsolute() || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                || publicBase.getRawQuery() != null || publicBase.getRawFragment() != null) {
            throw new CertificateException("certificate.url-invalid",
                    "核验地址必须是不带查询参数的 http(s) 绝对地址：" + publicBase);
        }
        String base = publicBase.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + VERIFY_PATH + code);
    }

    private static void requireWellFormed(String code) {
        if (!isWellFormed(code)) {
            throw new CertificateException("certificate.code-malformed", "验证码格式不正确：" + code);
        }
    }
}
