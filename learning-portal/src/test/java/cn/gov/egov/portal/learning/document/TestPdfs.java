package cn.gov.egov.portal.learning.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real PDFs made with PDFBox for the tests: n numbered A4 pages, an encrypted one, a truncated one, a PNG. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /** {@code n} A4 pages, each with a big "Page k" and a filled box. */
    public static byte[] pages(int n) {
        return write(n, false);
    }

    /** A two-page PDF that needs a user password to open. */
    public static byte[] encrypted() {
        return write(2, true);
    }

    /** The first half of a real PDF (no cross-reference table, no %%EOF). */
    public static byte[] truncated() {
        byte[] whole = pages(3);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** A real PNG header and chunk start (what a picture renamed to .pdf begins with). */
    public static byte[] png() {
        byte[] b = new byte[2048];
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    private static byte[] write(int n, boolean encrypt) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int i = 1; i <= n; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    c.setNonStrokingColor(0.1f, 0.3f, 0.7f);
                    c.addRect(60, 500, 470, 200);
                    c.fill();
                    c.beginText();
                    c.setFont(font, 48);
                    c.setNonStrokingColor(0f, 0f, 0f);
                    c.newLineAtOffset(72, 760);
                    c.showText("Page " + i);
                    c.endText();
                }
            }
            if (encrypt) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
