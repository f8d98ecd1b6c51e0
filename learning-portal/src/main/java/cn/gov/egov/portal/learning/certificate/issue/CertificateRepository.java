package cn.gov.egov.portal.learning.certificate.issue;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.egov.portal.learning.certificate.Certificate;
import cn.gov.egov.portal.learning.certificate.CertificateKind;

/** The {@code certificate} table (V25). */
@Repository
public class CertificateRepository {

    private final JdbcClient jdbc;

    public CertificateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next certificate number of {@code year}: ZS2026-000001, ZS2026-000002 … (a sequence, not a secret). */
    public String nextNumber(int year) {
        long n = jdbc.sql("select nextval('certificate_number_seq')").query(Long.class).single();
        return String.format("ZS%d-%06d", year, n);
    }

    /**
     * Stores the certificate unless the learner already has one for this source; false then (nothing written).
     * A verification code already taken by another certificate throws (the caller draws a new one).
     */
    public boolean insertIfAbsent(UUID id, UUID learnerId, UUID sourceId, Certificate c, Instant at) {
        return jdbc.sql("""
                insert into certificate (id, number, verification_code, learner_id, kind, source_id, learner_name,
                    learner_unit, title, hours, score, issued_on, issuer, created_at)
                values (:id, :number, :code, :learner, :kind, :source, :name, :unit, :title, :hours, :score,
                    :issued, :issuer, :at)
                on conflict (learner_id, kind, source_id) do nothing
                """).param("id", id).param("number", c.number()).param("code", c.verificationCode())
                .param("learner", learnerId).param("kind", column(c.kind())).param("source", sourceId)
                .param("name", c.learnerName()).param("unit", c.learnerUnit()).param("title", c.title())
                .param("hours", c.hours()).param("score", c.score()).param("issued", Date.valueOf(c.issuedOn()))
                .param("issuer", c.issuer()).param("at", Timestamp.from(at)).update() == 1;
    }

    public Optional<IssuedCertificate> find(UUID learnerId, CertificateKind kind, UUID sourceId) {
        return jdbc.sql("select * from certificate where learner_id = :l and kind = :k and source_id = :s")
                .param("l", learnerId).param("k", column(kind)).param("s", sourceId)
                .query(CertificateRepository::map).optional();
    }

    public Optional<IssuedCertificate> findById(UUID id) {
        return jdbc.sql("select * from certificate where id = :id").param("id", id)
                .query(CertificateRepository::map).optional();
    }

    /** By canonical verification code (see {@code VerificationCodes.parse}). */
    public Optional<IssuedCertificate> findByCode(String code) {
        return jdbc.sql("select * from certificate where verification_code = :code").param("code", code)
                .query(CertificateRepository::map).optional();
    }

    /** The learner's certificates, newest first. */
    public List<IssuedCertificate> ofLearner(UUID learnerId) {
        return jdbc.sql("select * from certificate where learner_id = :l order by issued_on desc, number desc")
                .param("l", learnerId).query(CertificateRepository::map).list();
    }

    public boolean revoke(UUID id) {
        return jdbc.sql("update certificate set revoked = true where id = :id").param("id", id).update() == 1;
    }

    static String column(CertificateKind kind) {
        return kind == CertificateKind.EXAM_PASSED ? "EXAM" : "COURSE";
    }

    private static IssuedCertificate map(ResultSet rs, int row) throws SQLException {
        CertificateKind kind = "EXAM".equals(rs.getString("kind"))
                ? CertificateKind.EXAM_PASSED : CertificateKind.COURSE_COMPLETED;
        Certificate c = new Certificate(rs.getString("number"), rs.getString("verification_code"),
                rs.getString("learner_name"), rs.getString("learner_unit"), kind, rs.getString("title"),
                rs.getBigDecimal("hours"), rs.getBigDecimal("score"), rs.getDate("issued_on").toLocalDate(),
                rs.getString("issuer"));
        return new IssuedCertificate(rs.getObject("id", UUID.class), rs.getObject("learner_id", UUID.class),
                rs.getObject("source_id", UUID.class), rs.getBoolean("revoked"), c);
    }
}
