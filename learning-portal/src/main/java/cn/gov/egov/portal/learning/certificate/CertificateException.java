package cn.gov.egov.portal.learning.certificate;

import cn.gov.egov.portal.learning.LearningException;

/**
 * A certificate could not be made: invalid data, a malformed verification code, a missing or unusable font, a
 * character the font cannot show. {@link #code()} is stable ({@code certificate.*}); the message is Chinese, and for
 * configuration problems it names the setting to fix.
 */
public class CertificateException extends LearningException {

    private static final long serialVersionUID = 1L;

    public CertificateException(String code, String message) {
        super(code, message);
    }

    public CertificateException(String code, String message, Throwable cause) {
        super(code, message);
        initCause(cause);
    }
}
