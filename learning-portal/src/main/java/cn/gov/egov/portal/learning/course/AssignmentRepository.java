package cn.gov.egov.portal.learning.course;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code portal.course_assignment}. */
@Repository
public class AssignmentRepository {

    private final JdbcClient jdbc;

    public AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts; the same target twice for one course is refused ({@code assignment-duplicate}). */
    public void insert(CourseAssignment a) {
        try {
            jdbc.sql("""
                    insert into course_assignment (id, course_id, target_type, target_value, deadline, created_by,
                        created_at)
                    values (:id, :course, :type, :value, :deadline, :by, :at)
                    """).param("id", a.id()).param("course", a.courseId()).param("type", a.targetType().name())
                    .param("value", a.targetValue()).param("deadline", Date.valueOf(a.deadline()))
                    .param("by", a.createdBy()).param("at", Timestamp.from(a.createdAt())).update();
        } catch (DuplicateKeyException e) {
            throw new CourseException("assignment-duplicate", "该课程已指派给同一对象");
        }
    }

    public Optional<CourseAssignment> find(UUID id) {
        return jdbc.sql("select * from course_assignment where id = :id").param("id", id)
                .query(AssignmentRepository::map).optional();
    }

    public void delete(UUID id) {
        jdbc.sql("delete from course_assignment where id = :id").param("id", id).update();
    }

    public List<CourseAssignment> ofCourse(UUID courseId) {
        return jdbc.sql("select * from course_assignment where course_id = :c order by deadline, target_type, "
                + "target_value").param("c", courseId).query(AssignmentRepository::map).list();
    }

    /** Assignments to any of these region codes (a learner's region and its ancestors), soonest deadline first. */
    public List<CourseAssignment> toRegions(List<String> regionCodes) {
        return jdbc.sql("select * from course_assignment where target_type = 'REGION' and target_value in (:r) "
                + "order by deadline").param("r", regionCodes).query(AssignmentRepository::map).list();
    }

    static CourseAssignment map(ResultSet rs, int row) throws SQLException {
        return new CourseAssignment(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
                AssignmentTarget.valueOf(rs.getString("target_type")), rs.getString("target_value"),
                rs.getDate("deadline").toLocalDate(), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
