package cn.gov.egov.portal.learning.certificate;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * A QR code (error correction M, about 15 % of the symbol may be soiled) as a lossless black-and-white image with
 * {@value #PIXELS_PER_MODULE} pixels per module and the standard quiet zone of {@value #QUIET_ZONE} modules.
 */
final class QrCodes {

    static final int PIXELS_PER_MODULE = 8;
    static final int QUIET_ZONE = 4;

    private static final int WHITE = 0xFFFFFF;
    private static final int BLACK = 0x000000;

    private QrCodes() {
    }

    static PDImageXObject image(PDDocument document, String contents) {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(contents, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new CertificateException("certificate.url-invalid", "核验地址无法编码为二维码：" + e.getMessage(), e);
        }
        int modules = matrix.getWidth() + 2 * QUIET_ZONE;
        int pixels = modules * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < pixels; y++) {
            for (int x = 0; x < pixels; x++) {
                int mx = x / PIXELS_PER_MODULE - QUIET_ZONE;
                int my = y / PIXELS_PER_MODULE - QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight()
                        && matrix.get(mx, my) == 1;
                image.setRGB(x, y, dark ? BLACK : WHITE);
            }
        }
        try {
            return LosslessFactory.createFromImage(document, image);
        } catch (IOException e) {
            throw new CertificateException("certificate.render-failed", "无法生成二维码图片：" + e.getMessage(), e);
        }
    }
}
