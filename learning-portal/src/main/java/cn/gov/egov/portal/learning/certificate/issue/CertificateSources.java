package cn.gov.egov.portal.learning.certificate.issue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.egov.portal.learning.certificate.CertificateKind;

/**
 * What entitles a learner to a certificate, read from the records other features keep: a course is completed when
 * the hours ledger holds its COURSE line (written once by {@code CourseHours.awardIfComplete} when every lesson is
 * complete); an exam is passed when {@code exam_grade.passed} says so.
 */
@Repository
public class CertificateSources {

    /** One source a certificate may be issued for; {@code score} only for exams. */
    public record Source(CertificateKind kind, UUID sourceId, String title, BigDecimal hours, BigDecimal score) {
    }

    private final JdbcClient jdbc;

    public CertificateSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The course, if the ledger shows the learner completed it (hours summed over years, in practice one line). */
    public Optional<Source> completedCourse(UUID learnerId, UUID courseId) {
        return jdbc.sql("""
                select coalesce(max(c.title), max(h.source_title)) as title, sum(h.hours) as hours
                from hour_ledger_entry h left join course c on c.id::text = h.source_id
                where h.learner_id = :l and h.source_kind = 'COURSE' and h.source_id = :s
                having count(*) > 0
                """).param("l", learnerId).param("s", courseId.toString())
                .query((rs, n) -> new Source(CertificateKind.COURSE_COMPLETED, courseId, rs.getString("title"),
                        rs.getBigDecimal("hours").max(BigDecimal.ZERO), null)).optional();
    }

    /** The exam, if the learner's grade is a pass; hours from the ledger's EXAM line, 0 when not credited. */
    public Optional<Source> passedExam(UUID learnerId, UUID examId) {
        return jdbc.sql("""
                select e.title, g.percent,
                    (select coalesce(sum(h.hours), 0) from hour_ledger_entry h where h.learner_id = g.learner_id
                        and h.source_kind = 'EXAM' and h.source_id = e.id::text) as hours
                from exam_grade g join exam e on e.id = g.exam_id
                where g.learner_id = :l and g.exam_id = :e and g.passed
                """).param("l", learnerId).param("e", examId)
                .query((rs, n) -> new Source(CertificateKind.EXAM_PASSED, examId, rs.getString("title"),
                        rs.getBigDecimal("hours").max(BigDecimal.ZERO), rs.getBigDecimal("percent"))).optional();
    }

    /** Every course completed and exam passed by the learner that has no certificate yet. */
    public List<Source> withoutCertificate(UUID learnerId) {
        List<UUID> courses = jdbc.sql("""
                select distinct h.source_id from hour_ledger_entry h
                where h.learner_id = :l and h.source_kind = 'COURSE'
                  and not exists (select 1 from certificate x where x.learner_id = h.learner_id and x.kind = 'COURSE'
                                  and x.source_id::text = h.source_id)
                """).param("l", learnerId).query(String.class).list().stream()
                .flatMap(s -> parse(s).stream()).toList();
        List<UUID> exams = jdbc.sql("""
                select g.exam_id from exam_grade g
                where g.learner_id = :l and g.passed
                  and not exists (select 1 from certificate x where x.learner_id = g.learner_id and x.kind = 'EXAM'
                                  and x.source_id = g.exam_id)
                """).param("l", learnerId).query(UUID.class).list();
        return java.util.stream.Stream.concat(
                courses.stream().flatMap(c -> completedCourse(learnerId, c).stream()),
                exams.stream().flatMap(e -> passedExam(learnerId, e).stream())).toList();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
