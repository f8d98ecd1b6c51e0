package cn.gov.egov.portal.learning.course;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code portal.course}; catalog queries join the category for its name. */
@Repository
public class CourseRepository {

    private static final String SELECT = "select c.*, k.name as category_name from course c "
            + "join course_category k on k.id = c.category_id ";

    private final JdbcClient jdbc;

    public CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Course c) {
        jdbc.sql("""
                insert into course (id, title, summary, category_id, kind, year, region_code, status,
                    seek_beyond_watched, created_by, created_at, updated_at, published_at)
                values (:id, :title, :summary, :category, :kind, :year, :region, :status, :seek, :by, :created,
                    :updated, :published)
                """).param("id", c.id()).param("title", c.title()).param("summary", c.summary())
                .param("category", c.categoryId()).param("kind", c.kind().name()).param("year", c.year())
                .param("region", c.regionCode()).param("status", c.status().name())
                .param("seek", c.seekBeyondWatched()).param("by", c.createdBy())
                .param("created", Timestamp.from(c.createdAt())).param("updated", Timestamp.from(c.updatedAt()))
                .param("published", c.publishedAt() == null ? null : Timestamp.from(c.publishedAt())).update();
    }

    /** Writes the editable fields of a validated draft. */
    public void update(UUID id, CourseDraft d, Instant at) {
        jdbc.sql("""
                update course set title = :title, summary = :summary, category_id = :category, kind = :kind,
                    year = :year, seek_beyond_watched = :seek, updated_at = :at where id = :id
                """).param("id", id).param("title", d.title()).param("summary", d.summary())
                .param("category", d.categoryId()).param("kind", d.kind().name()).param("year", d.year())
                .param("seek", d.seekBeyondWatched()).param("at", Timestamp.from(at)).update();
    }

    public void setStatus(UUID id, CourseStatus status, Instant at) {
        jdbc.sql("""
                update course set status = :status, updated_at = :at,
                    published_at = case when :status = 'PUBLISHED' then :at else published_at end
                where id = :id
                """).param("id", id).param("status", status.name()).param("at", Timestamp.from(at)).update();
    }

    public Optional<Course> find(UUID id) {
        return jdbc.sql(SELECT + "where c.id = :id").param("id", id).query(CourseRepository::map).optional();
    }

    /** One page, newest change first. */
    public List<Course> search(CatalogScope scope, CatalogFilter filter, int offset, int limit) {
        Query q = where(scope, filter);
        var spec = jdbc.sql(SELECT + q.sql + " order by c.updated_at desc, c.id limit :limit offset :offset");
        q.params.forEach(spec::param);
        return spec.param("limit", limit).param("offset", offset).query(CourseRepository::map).list();
    }

    public int count(CatalogScope scope, CatalogFilter filter) {
        Query q = where(scope, filter);
        var spec = jdbc.sql("select count(*) from course c " + q.sql);
        q.params.forEach(spec::param);
        return spec.query(Integer.class).single();
    }

    /** The years that courses in scope are for, newest first (for the year filter). */
    public List<Integer> years(CatalogScope scope) {
        Query q = where(scope, CatalogFilter.NONE);
        var spec = jdbc.sql("select distinct c.year from course c " + q.sql + " order by c.year desc");
        q.params.forEach(spec::param);
        return spec.query(Integer.class).list();
    }

    private record Query(String sql, Map<String, Object> params) {
    }

    private static Query where(CatalogScope scope, CatalogFilter f) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        switch (scope) {
            case CatalogScope.Published p -> {
                conditions.add("c.status = 'PUBLISHED' and c.region_code in (:regions)");
                params.put("regions", p.regionCodes().isEmpty() ? List.of("------") : p.regionCodes());
            }
            case CatalogScope.Managed m -> {
                conditions.add("c.region_code like :prefix");
                params.put("prefix", m.subtreePrefix() + "%");
            }
        }
        if (f.text() != null) {
            conditions.add("(c.title ilike :text or c.summary ilike :text)");
            params.put("text", "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.categoryId() != null) {
            conditions.add("c.category_id = :category");
            params.put("category", f.categoryId());
        }
        if (f.kind() != null) {
            conditions.add("c.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.year() != null) {
            conditions.add("c.year = :year");
            params.put("year", f.year());
        }
        if (f.regionCode() != null) {
            conditions.add("c.region_code = :region");
            params.put("region", f.regionCode());
        }
        if (f.status() != null) {
            conditions.add("c.status = :status");
            params.put("status", f.status().name());
        }
        return new Query("where " + String.join(" and ", conditions), params);
    }

    static Course map(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Course(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("summary"),
                rs.getObject("category_id", UUID.class), rs.getString("category_name"),
                CourseKind.valueOf(rs.getString("kind")), rs.getInt("year"), rs.getString("region_code"),
                CourseStatus.valueOf(rs.getString("status")), rs.getBoolean("seek_beyond_watched"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), published == null ? null : published.toInstant());
    }
}
