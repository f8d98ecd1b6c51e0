package cn.gov.egov.portal.learning.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a {@link Certificate} as a one-page landscape A4 PDF: Chinese text in the configured font, embedded as a
 * subset with a Unicode map (so the text can be searched and copied), and a QR code of the public verification
 * URL beside the printed verification code. Thread-safe; each call opens the font anew.
 */
public final class CertificatePdf {

    static final int MAX_URL_LENGTH = 300;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CertificateFonts fonts;

    public CertificatePdf(CertificateFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /**
     * The PDF bytes of {@code certificate}.
     *
     * @param verificationUrl the certificate's public verification page, an absolute http(s) URL containing its
     *                        verification code, as made by {@link VerificationCodes#verificationUrl}
     * @throws CertificateException when the URL is unfit, the font is missing or unusable, or it has no glyph for
     *                              a character of the name, unit, title or issuer
     */
    public byte[] render(Certificate certificate, URI verificationUrl) {
        Objects.requireNonNull(certificate, "certificate");
        requireUrlFor(certificate, verificationUrl);
        try (PDDocument document = new PDDocument(); CertificateFont font = CertificateFont.open(fonts, document)) {
            requireCovered(certificate, font);
            PDPage page = new PDPage(CertificatePage.A4_LANDSCAPE);
            document.addPage(page);
            describe(document, certificate);
            PDImageXObject qr = QrCodes.image(document, verificationUrl.toString());
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                new CertificatePage(out, font).draw(certificate, verificationUrl, qr);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new CertificateException("certificate.render-failed", "证书 PDF 生成失败：" + e.getMessage(), e);
        }
    }

    private static void requireUrlFor(Certificate certificate, URI url) {
        String scheme = url == null ? null : url.getScheme();
        if (url == null || !url.isAbsolute() || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
                || url.getRawAuthority() == null || url.toString().length() > MAX_URL_LENGTH
                || !url.toString().contains(certificate.verificationCode())) {
            throw new CertificateException("certificate.url-invalid", "核验地址必须是包含本证书验证码、不超过 "
                    + MAX_URL_LENGTH + " 个字符的 http(s) 绝对地址：" + url);
        }
    }

    private static void requireCovered(Certificate certificate, CertificateFont font) {
        font.requireCovered(TextFit.clean(certificate.learnerName()), "姓名");
        font.requireCovered(TextFit.clean(certificate.learnerUnit()), "单位");
        font.requireCovered(TextFit.clean(certificate.title()), certificate.kind().subjectLabel());
        font.requireCovered(TextFit.clean(certificate.issuer()), "发证单位");
    }

    private static void describe(PDDocument document, Certificate certificate) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(certificate.kind().title() + " " + certificate.number());
        info.setAuthor(TextFit.clean(certificate.issuer()));
        info.setSubject(TextFit.clean(certificate.title()));
        GregorianCalendar issued = GregorianCalendar.from(certificate.issuedOn().atStartOfDay(CHINA));
        info.setCreationDate(issued);
        document.getDocumentCatalog().setLanguage("zh-CN");
    }
}
