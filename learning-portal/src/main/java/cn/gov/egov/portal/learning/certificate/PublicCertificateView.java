package cn.gov.egov.portal.learning.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the public verification page ({@code /verify/{code}}) may show of a certificate: enough to compare with
 * the paper in hand, no more. The name is masked, the unit and the exam score are left out (an exam certificate
 * says 合格 by its kind).
 *
 * @param number     the certificate number
 * @param maskedName the learner's name with all but its first and last characters hidden: 张*三, 张*, 欧**娜
 * @param kind       course completed or exam passed
 * @param title      the course's or exam's title
 * @param hours      learning hours awarded
 * @param issuedOn   the issue date
 * @param issuer     the issuing authority
 */
public record PublicCertificateView(String number, String maskedName, CertificateKind kind, String title,
        BigDecimal hours, LocalDate issuedOn, String issuer) {

    /** At most this many asterisks, whatever the name's length. */
    static final int MAX_STARS = 4;

    public static PublicCertificateView of(Certificate certificate) {
        return new PublicCertificateView(certificate.number(), maskName(certificate.learnerName()),
                certificate.kind(), TextFit.clean(certificate.title()), certificate.hours(), certificate.issuedOn(),
                TextFit.clean(certificate.issuer()));
    }

    /**
     * Keeps the first character, and the last for names of three or more characters; each character between
     * becomes one {@code *}, at most {@value #MAX_STARS}: 张三 → 张*, 张小三 → 张*三, 买买提·艾力 → 买****力. Spaces
     * do not count.
     */
    public static String maskName(String name) {
        int[] cps = TextFit.clean(name).replace(" ", "").codePoints().toArray();
        if (cps.length <= 1) {
            return "*";
        }
        StringBuilder out = new StringBuilder().appendCodePoint(cps[0]);
        out.append("*".repeat(Math.min(Math.max(cps.length - 2, 1), MAX_STARS)));
        if (cps.length > 2) {
            out.appendCodePoint(cps[cps.length - 1]);
        }
        return out.toString();
    }
}
