package cn.gov.egov.portal.learning.certificate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The configured font opened for one document: checked to have TrueType outlines, added to the document as a
 * Type 0 font that PDFBox subsets when the document is saved. Close it only after saving.
 */
final class CertificateFont implements AutoCloseable {

    private static final byte[] COLLECTION_TAG = {'t', 't', 'c', 'f'};
    private static final byte[] CFF_TAG = {'O', 'T', 'T', 'O'};

    private final CertificateFonts fonts;
    private final AutoCloseable source;
    private final CmapLookup unicode;
    private final PDType0Font pdfFont;

    private CertificateFont(CertificateFonts fonts, AutoCloseable source, TrueTypeFont font, PDType0Font pdfFont)
            throws IOException {
        this.fonts = fonts;
        this.source = source;
        this.unicode = font.getUnicodeCmapLookup();
        this.pdfFont = pdfFont;
    }

    static CertificateFont open(CertificateFonts fonts, PDDocument document) {
        Path path = fonts.path();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new CertificateException("certificate.font-missing", "找不到证书字体文件 " + path + "。请安装 "
                    + "fonts-wqy-microhei（apt-get install fonts-wqy-microhei），或用配置项 "
                    + CertificateFonts.PATH_SETTING + "（环境变量 PORTAL_CERTIFICATES_FONT_PATH）指定一个 TrueType "
                    + "中文字体（.ttf 或 .ttc）。");
        }
        AutoCloseable source = null;
        try {
            byte[] header = header(path);
            TrueTypeFont font;
            if (Arrays.equals(header, COLLECTION_TAG)) {
                TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                source = collection;
                font = pick(collection, fonts);
            } else if (Arrays.equals(header, CFF_TAG)) {
                throw unsupported(fonts);
            } else {
                if (fonts.index() != 0) {
                    throw badIndex(fonts, 1);
                }
                font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
                source = font;
            }
            if (!font.getTableMap().containsKey("glyf")) {
                throw unsupported(fonts);
            }
            PDType0Font pdfFont = PDType0Font.load(document, font, true);
            return new CertificateFont(fonts, source, font, pdfFont);
        } catch (IOException e) {
            closeQuietly(source);
            throw new CertificateException("certificate.font-unreadable", "无法读取证书字体 " + path + "（配置项 "
                    + CertificateFonts.PATH_SETTING + "、" + CertificateFonts.INDEX_SETTING + "）：" + e.getMessage(),
                    e);
        } catch (RuntimeException e) {
            closeQuietly(source);
            throw e;
        }
    }

    private static byte[] header(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(4);
        }
    }

    private static TrueTypeFont pick(TrueTypeCollection collection, CertificateFonts fonts) throws IOException {
        AtomicInteger count = new AtomicInteger();
        AtomicReference<TrueTypeFont> picked = new AtomicReference<>();
        collection.processAllFonts(font -> {
            if (count.getAndIncrement() == fonts.index()) {
                picked.set(font);
            }
        });
        if (picked.get() == null) {
            throw badIndex(fonts, count.get());
        }
        return picked.get();
    }

    /** The font as the page's content streams use it. */
    PDType0Font pdfFont() {
        return pdfFont;
    }

    boolean covers(int codePoint) {
        return unicode.getGlyphId(codePoint) != 0;
    }

    /** Fails, naming the field and the character, when the font has no glyph for some character of {@code text}. */
    void requireCovered(String text, String field) {
        text.codePoints().filter(cp -> !covers(cp)).findFirst().ifPresent(cp -> {
            throw new CertificateException("certificate.glyph-missing", field + "中的字符“" + Character.toString(cp)
                    + "”（U+" + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT) + "）在证书字体 "
                    + fonts.path() + " 中没有字形。请改用收字更全的 TrueType 字体（配置项 "
                    + CertificateFonts.PATH_SETTING + "）。");
        });
    }

    /** The width of {@code text} at {@code size} points; every character must be covered. */
    float width(String text, float size) {
        try {
            return pdfFont.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new CertificateException("certificate.render-failed", "无法计算文字宽度：" + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(source);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // read-only font file: nothing to lose
            }
        }
    }

    private static CertificateException unsupported(CertificateFonts fonts) {
        return new CertificateException("certificate.font-unsupported", "证书字体 " + fonts.path() + "（序号 "
                + fonts.index() + "）不是 TrueType 轮廓字体：PDFBox 无法把 CFF/OpenType 轮廓（如 Noto CJK）作为子集"
                + "嵌入。请在配置项 " + CertificateFonts.PATH_SETTING + " 中指定 TrueType 中文字体，例如 "
                + CertificateFonts.DEFAULT_PATH + "。");
    }

    private static CertificateException badIndex(CertificateFonts fonts, int count) {
        return new CertificateException("certificate.font-index-invalid", "证书字体 " + fonts.path() + " 只有 "
                + count + " 个字体，配置项 " + CertificateFonts.INDEX_SETTING + " 的序号 " + fonts.index()
                + " 超出范围（从 0 开始）。");
    }
}
