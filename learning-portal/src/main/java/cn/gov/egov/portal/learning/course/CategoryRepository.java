package cn.gov.egov.portal.learning.course;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code portal.course_category}. */
@Repository
public class CategoryRepository {

    private final JdbcClient jdbc;

    public CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active categories in display order. */
    public List<CourseCategory> active() {
        return jdbc.sql("select * from course_category where active order by position, name")
                .query((rs, i) -> new CourseCategory(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getInt("position"), rs.getBoolean("active"))).list();
    }

    public Optional<CourseCategory> find(UUID id) {
        return jdbc.sql("select * from course_category where id = :id").param("id", id)
                .query((rs, i) -> new CourseCategory(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getInt("position"), rs.getBoolean("active"))).optional();
    }

    public boolean nameTaken(String name) {
        return jdbc.sql("select count(*) from course_category where name = :name").param("name", name)
                .query(Integer.class).single() > 0;
    }

    /** Adds a category after the existing ones. */
    public CourseCategory insert(UUID id, String name) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from course_category").query(Integer.class)
                .single();
        jdbc.sql("insert into course_category (id, name, position) values (:id, :name, :position)").param("id", id)
                .param("name", name).param("position", position).update();
        return new CourseCategory(id, name, position, true);
    }
}
