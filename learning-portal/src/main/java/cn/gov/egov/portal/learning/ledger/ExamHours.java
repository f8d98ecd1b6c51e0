package cn.gov.egov.portal.learning.ledger;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.gov.egov.portal.learning.exam.service.ExamGraded;
import cn.gov.egov.portal.learning.hours.HourCategory;

/**
 * What a passed exam earns, once its attempt has committed: the exam's own learning hours by the rule table of the
 * learner's region (a required course's exam counts as required, any other as elective), and the hours of every
 * course that has this exam as a lesson and is now complete ({@link CourseHours}). Each source is credited once;
 * a failure here is logged, never undoes the exam's result.
 */
@Component
public class ExamHours {

    private static final Logger log = LoggerFactory.getLogger(ExamHours.class);

    private final JdbcClient jdbc;
    private final CourseHours courses;

    public ExamHours(JdbcClient jdbc, CourseHours courses) {
        this.jdbc = jdbc;
        this.courses = courses;
    }

    /** The courses an exam is a lesson of, and whether any of them is required. */
    private record ExamCourse(UUID courseId, String kind) {
    }

    /** After the attempt's commit, in a transaction of its own (work done in "after commit" would not commit). */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void graded(ExamGraded event) {
        if (!event.passed()) {
            return;
        }
        try {
            Optional<String> region = jdbc.sql("select region_code from app_user where id = :id")
                    .param("id", event.learnerId()).query(String.class).optional();
            if (region.isEmpty()) {
                return;
            }
            List<ExamCourse> inCourses = jdbc.sql("""
                    select distinct c.id, c.kind from lesson l join course c on c.id = l.course_id
                    where l.exam_id = cast(:exam as uuid)
                    """).param("exam", event.examId())
                    .query((rs, i) -> new ExamCourse(rs.getObject("id", UUID.class), rs.getString("kind"))).list();
            courses.awardPassedExam(event.learnerId(), region.get(), event.examId(), event.examTitle(),
                    inCourses.stream().anyMatch(c -> "REQUIRED".equals(c.kind()))
                            ? HourCategory.REQUIRED : HourCategory.ELECTIVE);
            inCourses.forEach(c -> courses.awardIfComplete(event.learnerId(), region.get(), c.courseId()));
        } catch (RuntimeException e) {
            log.error("exam {} passed by {} but its learning hours could not be credited", event.examId(),
                    event.learnerId(), e);
        }
    }
}
