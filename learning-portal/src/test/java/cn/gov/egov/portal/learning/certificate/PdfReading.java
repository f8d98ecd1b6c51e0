package cn.gov.egov.portal.learning.certificate;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a rendered certificate back with PDFBox (text, fonts, images, a raster) and ZXing (the QR code). */
final class PdfReading {

    /** A run of text on the page with its box, top-down coordinates in points. */
    record Run(String text, Rectangle2D box) {
    }

    private PdfReading() {
    }

    static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = open(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text runs (as the text stripper groups them into words and lines) with their boxes. */
    static List<Run> runs(byte[] pdf) throws IOException {
        List<Run> runs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                Rectangle2D box = null;
                for (TextPosition p : positions) {
                    Rectangle2D glyph = new Rectangle2D.Float(p.getXDirAdj(), p.getYDirAdj() - p.getFontSizeInPt() * 0.88f,
                            p.getWidthDirAdj(), p.getFontSizeInPt());
                    box = box == null ? glyph : box.createUnion(glyph);
                }
                runs.add(new Run(text, box));
            }
        };
        try (PDDocument document = open(pdf)) {
            stripper.getText(document);
        }
        return runs;
    }

    static List<PDFont> fonts(PDDocument document) throws IOException {
        PDResources resources = document.getPage(0).getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    static List<BufferedImage> images(byte[] pdf) throws IOException {
        try (PDDocument document = open(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<BufferedImage> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image.getImage());
                }
            }
            return images;
        }
    }

    static BufferedImage raster(byte[] pdf, float dpi) throws IOException {
        try (PDDocument document = open(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi);
        }
    }

    /**
     * The printed page's bottom-left corner, where the QR code is, as a phone camera would frame it: the page
     * rendered at {@code dpi}, cropped to the QR code's box and a margin of 20 points.
     */
    static BufferedImage qrCorner(byte[] pdf, float dpi) throws IOException {
        BufferedImage page = raster(pdf, dpi);
        float scale = dpi / 72;
        float margin = 20;
        int x = Math.round((64 - margin) * scale);
        int top = Math.round((CertificatePage.HEIGHT - 54 - CertificatePage.QR_SIZE - margin) * scale);
        int size = Math.round((CertificatePage.QR_SIZE + 2 * margin) * scale);
        return page.getSubimage(x, top, size, size);
    }

    /** The text of the one QR code in the image, or a failed test. */
    static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                    List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found in a " + image.getWidth() + "x" + image.getHeight() + " image", e);
        }
    }
}
