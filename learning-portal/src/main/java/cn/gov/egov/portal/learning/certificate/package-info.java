/**
 * Certificates (结业证书, 考试合格证书) as plain Java: the {@link cn.gov.egov.portal.learning.certificate.Certificate}
 * record, random public {@link cn.gov.egov.portal.learning.certificate.VerificationCodes verification codes}, and
 * {@link cn.gov.egov.portal.learning.certificate.CertificatePdf} which renders a landscape A4 PDF with an embedded
 * CJK font subset and a QR code of the public verification page ({@code /verify/{code}}). No Spring, no database;
 * the font comes from {@link cn.gov.egov.portal.learning.certificate.CertificateFonts}, randomness from an injected
 * {@link java.util.random.RandomGenerator}. See {@code docs/certificates.md}.
 */
package cn.gov.egov.portal.learning.certificate;
