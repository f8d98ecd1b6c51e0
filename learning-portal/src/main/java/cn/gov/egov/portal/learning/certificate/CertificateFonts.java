package cn.gov.egov.portal.learning.certificate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The font every certificate's text is set in, embedded into each PDF as a subset: a TrueType font ({@code .ttf})
 * or one font of a TrueType collection ({@code .ttc}) by its 0-based index.
 *
 * <p>The font must have TrueType (glyf) outlines: PDFBox cannot subset OpenType fonts with CFF outlines, which is
 * what Debian's Noto CJK {@code .ttc} files are. The default is WenQuanYi Micro Hei (Debian package
 * {@code fonts-wqy-microhei}, Apache-2.0), see {@code docs/certificates.md}.
 *
 * @param path  the font file; setting {@value #PATH_SETTING}
 * @param index the font in a collection, 0 for a plain {@code .ttf}; setting {@value #INDEX_SETTING}
 */
public record CertificateFonts(Path path, int index) {

    /** The Spring setting (env {@code PORTAL_CERTIFICATES_FONT_PATH}) that will carry {@link #path()}. */
    public static final String PATH_SETTING = "portal.certificates.font.path";
    /** The Spring setting (env {@code PORTAL_CERTIFICATES_FONT_INDEX}) that will carry {@link #index()}. */
    public static final String INDEX_SETTING = "portal.certificates.font.index";

    public static final Path DEFAULT_PATH = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    public static final int DEFAULT_INDEX = 0;

    public CertificateFonts {
        Objects.requireNonNull(path, "path");
        if (index < 0) {
            throw new CertificateException("certificate.font-index-invalid",
                    "证书字体序号不能为负数（配置项 " + INDEX_SETTING + "）：" + index);
        }
    }

    /** WenQuanYi Micro Hei, the first font of {@code /usr/share/fonts/truetype/wqy/wqy-microhei.ttc}. */
    public static CertificateFonts defaults() {
        return new CertificateFonts(DEFAULT_PATH, DEFAULT_INDEX);
    }
}
