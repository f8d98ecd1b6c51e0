package cn.gov.egov.portal.learning.certificate.issue;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.gov.egov.portal.learning.certificate.Certificate;
import cn.gov.egov.portal.learning.certificate.CertificateException;
import cn.gov.egov.portal.learning.certificate.CertificateKind;
import cn.gov.egov.portal.learning.certificate.CertificatePdf;
import cn.gov.egov.portal.learning.certificate.PublicCertificateView;
import cn.gov.egov.portal.learning.certificate.VerificationCodes;
import cn.gov.egov.portal.learning.certificate.issue.CertificateSources.Source;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.RegionTree;

/**
 * Issues, lists, renders and verifies certificates. A certificate is issued for the learner themself, only when
 * {@link CertificateSources} shows the course completed or the exam passed, and at most once per source: issuing
 * again returns the certificate already stored. Only its owner may download the PDF.
 */
@Service
public class CertificateService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int CODE_ATTEMPTS = 5;

    /** What {@code /verify/{code}} found. */
    public sealed interface Verification permits Valid, Revoked, NotFound {
    }

    public record Valid(PublicCertificateView view) implements Verification {
    }

    public record Revoked(PublicCertificateView view) implements Verification {
    }

    public record NotFound() implements Verification {
    }

    /** A rendered certificate with the file name to save it as. */
    public record PdfFile(String fileName, byte[] bytes) {
    }

    private final Clock clock;
    private final CertificateRepository certificates;
    private final CertificateSources sources;
    private final CertificateProperties properties;
    private final RegionTree regions;
    private final VerificationCodes codes;
    private final CertificatePdf pdf;

    public CertificateService(Clock clock, CertificateRepository certificates, CertificateSources sources,
                              CertificateProperties properties, RegionTree regions) {
        this.clock = clock.withZone(CHINA);
        this.certificates = certificates;
        this.sources = sources;
        this.properties = properties;
        this.regions = regions;
        this.codes = new VerificationCodes();
        this.pdf = new CertificatePdf(properties.fonts());
    }

    /** The learner's certificate of a completed course; empty when the ledger does not show it completed. */
    public Optional<IssuedCertificate> issueForCourse(PortalUser learner, UUID courseId) {
        return certificates.find(learner.id(), CertificateKind.COURSE_COMPLETED, courseId)
                .or(() -> sources.completedCourse(learner.id(), courseId).map(s -> issue(learner, s)));
    }

    /** The learner's certificate of a passed exam; empty when the exam's grade is not a pass. */
    public Optional<IssuedCertificate> issueForExam(PortalUser learner, UUID examId) {
        return certificates.find(learner.id(), CertificateKind.EXAM_PASSED, examId)
                .or(() -> sources.passedExam(learner.id(), examId).map(s -> issue(learner, s)));
    }

    /** Issues what the learner has earned and has no certificate for yet, then lists all of theirs, newest first. */
    public List<IssuedCertificate> issueEarnedAndList(PortalUser learner) {
        sources.withoutCertificate(learner.id()).forEach(s -> issue(learner, s));
        return certificates.ofLearner(learner.id());
    }

    /**
     * The PDF of a certificate, for its owner only.
     *
     * @throws CertificateException {@code certificate.not-found}, or {@code certificate.not-owner} for anyone else
     */
    public PdfFile pdfFor(PortalUser requester, UUID certificateId) {
        IssuedCertificate issued = certificates.findById(certificateId).orElseThrow(
                () -> new CertificateException("certificate.not-found", "证书不存在"));
        if (!issued.learnerId().equals(requester.id())) {
            throw new CertificateException("certificate.not-owner", "只能下载本人的证书");
        }
        Certificate c = issued.certificate();
        byte[] bytes = pdf.render(c, verificationUrl(c.verificationCode()));
        return new PdfFile("certificate-" + c.number() + ".pdf", bytes);
    }

    /** The public verification page's answer for what someone typed or scanned: any input, never an exception. */
    public Verification verify(String input) {
        if (input == null || input.length() > 64) {
            return new NotFound();
        }
        return VerificationCodes.parse(input).flatMap(certificates::findByCode)
                .<Verification>map(c -> c.revoked()
                        ? new Revoked(PublicCertificateView.of(c.certificate()))
                        : new Valid(PublicCertificateView.of(c.certificate())))
                .orElse(new NotFound());
    }

    public URI verificationUrl(String code) {
        return VerificationCodes.verificationUrl(properties.publicBase(), code);
    }

    /** The region's full name, province first: 云南省昆明市五华区; the code when unknown. */
    private String unit(String regionCode) {
        if (regions.find(regionCode).isEmpty()) {
            return regionCode;
        }
        StringBuilder name = new StringBuilder(regions.get(regionCode).name());
        regions.ancestors(regionCode).forEach(r -> name.insert(0, r.name()));
        return name.toString();
    }

    private IssuedCertificate issue(PortalUser learner, Source source) {
        LocalDate today = LocalDate.now(clock);
        String unit = unit(learner.regionCode());
        for (int attempt = 1; ; attempt++) {
            Certificate c = new Certificate(certificates.nextNumber(today.getYear()), codes.next(),
                    learner.displayName(), unit, source.kind(), source.title(), source.hours(), source.score(), today,
                    properties.issuer());
            try {
                certificates.insertIfAbsent(UUID.randomUUID(), learner.id(), source.sourceId(), c, clock.instant());
                return certificates.find(learner.id(), source.kind(), source.sourceId()).orElseThrow();
            } catch (DuplicateKeyException e) {
                if (attempt >= CODE_ATTEMPTS) {
                    throw e;
                }
                // a verification code drawn twice: a matter of chance, draw again
            }
        }
    }
}
