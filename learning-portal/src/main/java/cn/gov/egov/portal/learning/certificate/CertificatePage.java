package cn.gov.egov.portal.learning.certificate;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The layout of the one landscape A4 page, in points from the bottom left: a double red border, the centred title,
 * the certificate number top right, labelled rows (name, unit, course or exam, hours, score) and the statement,
 * then the QR code with the verification code bottom left and the issuer over the date bottom right. Every
 * variable text is fitted to its box (smaller, then shortened with …), so no input moves anything else.
 */
final class CertificatePage {

    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float WIDTH = A4_LANDSCAPE.getWidth();
    static final float HEIGHT = A4_LANDSCAPE.getHeight();

    /** Everything is drawn inside the inner border, at least this far from the page's edge. */
    static final float INNER_BORDER = 30;
    static final float QR_SIZE = 96;

    private static final Color RED = new Color(158, 27, 27);
    private static final Color INK = new Color(34, 34, 34);
    private static final Color GREY = new Color(90, 90, 90);

    private static final float LABEL_X = 150;
    private static final float VALUE_X = 262;
    private static final float VALUE_WIDTH = WIDTH - 150 - VALUE_X;
    private static final float FIRST_ROW = 400;
    private static final float ROW_GAP = 16;
    private static final float LABEL_SIZE = 15;
    private static final float QR_X = 64;
    private static final float QR_Y = 54;
    private static final float FOOTER_X = QR_X + QR_SIZE + 12;
    private static final float FOOTER_WIDTH = WIDTH / 2 - FOOTER_X;
    private static final float ISSUER_WIDTH = 300;
    private static final float ISSUER_CENTRE = WIDTH - 110 - ISSUER_WIDTH / 2;

    private final PDPageContentStream out;
    private final CertificateFont font;

    CertificatePage(PDPageContentStream out, CertificateFont font) {
        this.out = out;
        this.font = font;
    }

    void draw(Certificate certificate, URI verificationUrl, PDImageXObject qr) throws IOException {
        border();
        title(certificate.kind().title());
        text("证书编号：" + certificate.number(), 10.5f, WIDTH - 58 - font.width("证书编号：" + certificate.number(),
                10.5f), HEIGHT - 60, GREY);
        float y = FIRST_ROW;
        y = row(y, "姓\u3000\u3000名", TextFit.clean(certificate.learnerName()), 22, 14, 1);
        y = row(y, "单\u3000\u3000位", TextFit.clean(certificate.learnerUnit()), 15, 11, 1);
        y = row(y, certificate.kind().subjectLabel(), TextFit.clean(certificate.title()), 15, 12, 2);
        y = row(y, "获得学时", amount(certificate.hours()) + " 学时", 15, 15, 1);
        if (certificate.score() != null) {
            y = row(y, "考试成绩", amount(certificate.score()) + " 分", 15, 15, 1);
        }
        text(certificate.kind().statement(), 15, LABEL_X, y - 6, INK);
        footer(certificate, verificationUrl, qr);
    }

    static String amount(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private void border() throws IOException {
        out.setStrokingColor(RED);
        out.setLineWidth(2.5f);
        out.addRect(20, 20, WIDTH - 40, HEIGHT - 40);
        out.stroke();
        out.setLineWidth(0.8f);
        out.addRect(INNER_BORDER, INNER_BORDER, WIDTH - 2 * INNER_BORDER, HEIGHT - 2 * INNER_BORDER);
        out.stroke();
    }

    /** Bold by stroking the outline too, letter-spaced, centred. */
    private void title(String title) throws IOException {
        float size = 38;
        float spacing = 10;
        int letters = title.codePointCount(0, title.length());
        float width = font.width(title, size) + spacing * (letters - 1);
        out.beginText();
        out.setFont(font.pdfFont(), size);
        out.setNonStrokingColor(RED);
        out.setStrokingColor(RED);
        out.setLineWidth(0.7f);
        out.setRenderingMode(RenderingMode.FILL_STROKE);
        out.setCharacterSpacing(spacing);
        out.newLineAtOffset((WIDTH - width) / 2, HEIGHT - 112);
        out.showText(title);
        out.setCharacterSpacing(0);
        out.setRenderingMode(RenderingMode.FILL);
        out.endText();
    }

    /** A label and its value fitted to the value column; returns the next row's baseline. */
    private float row(float y, String label, String value, float maxSize, float minSize, int maxLines)
            throws IOException {
        text(label + "：", LABEL_SIZE, LABEL_X, y, GREY);
        TextFit.Fitted fitted = TextFit.fit(value, font, maxSize, minSize, VALUE_WIDTH, maxLines);
        float lineHeight = Math.max(fitted.size(), LABEL_SIZE) * 1.45f;
        float baseline = y;
        for (String line : fitted.lines()) {
            text(line, fitted.size(), VALUE_X, baseline, INK);
            baseline -= lineHeight;
        }
        return y - lineHeight * fitted.lines().size() - ROW_GAP;
    }

    private void footer(Certificate certificate, URI verificationUrl, PDImageXObject qr) throws IOException {
        out.drawImage(qr, QR_X, QR_Y, QR_SIZE, QR_SIZE);
        text("扫描二维码核验证书真伪", 10, FOOTER_X, QR_Y + 66, GREY);
        text("验证码：" + VerificationCodes.grouped(certificate.verificationCode()), 11.5f, FOOTER_X, QR_Y + 46,
                INK);
        String url = verificationUrl.toString();
        if (font.width(url, 8) <= FOOTER_WIDTH) {
            text(url, 8, FOOTER_X, QR_Y + 28, GREY);
        }
        TextFit.Fitted issuer = TextFit.fit(TextFit.clean(certificate.issuer()), font, 16, 11, ISSUER_WIDTH, 1);
        String issuerLine = issuer.lines().getFirst();
        text(issuerLine, issuer.size(), ISSUER_CENTRE - font.width(issuerLine, issuer.size()) / 2, QR_Y + 62, INK);
        String date = date(certificate.issuedOn());
        text(date, 14, ISSUER_CENTRE - font.width(date, 14) / 2, QR_Y + 38, INK);
    }

    private void text(String text, float size, float x, float y, Color color) throws IOException {
        out.beginText();
        out.setFont(font.pdfFont(), size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
