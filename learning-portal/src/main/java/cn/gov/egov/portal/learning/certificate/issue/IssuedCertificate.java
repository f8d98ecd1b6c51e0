package cn.gov.egov.portal.learning.certificate.issue;

import java.util.UUID;

import cn.gov.egov.portal.learning.certificate.Certificate;

/**
 * A stored certificate: its row id, owner, source and revocation flag with everything printed on it.
 *
 * @param sourceId the course's or the exam's id
 */
public record IssuedCertificate(UUID id, UUID learnerId, UUID sourceId, boolean revoked, Certificate certificate) {
}
