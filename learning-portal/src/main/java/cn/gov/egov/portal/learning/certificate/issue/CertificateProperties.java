package cn.gov.egov.portal.learning.certificate.issue;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.gov.egov.portal.learning.certificate.CertificateFonts;

/**
 * Certificate settings ({@code portal.certificates.*}).
 *
 * @param publicBase the portal's address as the public reaches it; QR codes lead to {@code {publicBase}/verify/{code}}
 * @param issuer     the issuing authority printed on every certificate
 * @param font       the font embedded into the PDFs, see {@link CertificateFonts}
 */
@ConfigurationProperties("portal.certificates")
public record CertificateProperties(
        @DefaultValue("http://localhost:8080") URI publicBase,
        @DefaultValue("云南省公务员培训平台") String issuer,
        @DefaultValue Font font) {

    /** @param path a .ttf or .ttc with TrueType outlines; @param index the font within a collection */
    public record Font(@DefaultValue("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc") Path path,
                       @DefaultValue("0") int index) {
    }

    public CertificateFonts fonts() {
        return new CertificateFonts(font.path(), font.index());
    }
}
