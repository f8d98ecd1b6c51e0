package cn.gov.egov.portal.learning.document;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Document lessons' settings ({@code portal.learning.documents.*}).
 *
 * @param maxUploadSize larger PDFs are refused while they stream (nothing is kept)
 * @param linkLifetime  how long a presigned link to a lesson's PDF lives; the viewer asks for a fresh one each time
 *                      it loads the document, so this can be short
 */
@ConfigurationProperties("portal.learning.documents")
public record DocumentProperties(
        @DefaultValue("50MB") DataSize maxUploadSize,
        @DefaultValue("PT1M") Duration linkLifetime) {
}
