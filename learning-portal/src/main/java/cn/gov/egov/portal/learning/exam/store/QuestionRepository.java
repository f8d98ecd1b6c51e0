package cn.gov.egov.portal.learning.exam.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;

/** Tables {@code exam_question} and {@code exam_category}: each region's question bank. */
@Repository
public class QuestionRepository {

    private final JdbcClient jdbc;

    public QuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the questions (the caller's transaction makes a file all or nothing). */
    public void insert(String region, List<Question> questions, String source, String by, Instant at) {
        for (Question q : questions) {
            jdbc.sql("""
                    insert into exam_question (id, region_code, category_path, type, name, body, source, created_by,
                                               created_at)
                    values (:id, :region, :path, :type, :name, cast(:body as jsonb), :source, :by, :at)
                    """).param("id", q.id()).param("region", region).param("path", path(q.category()))
                    .param("type", q.type().name()).param("name", q.name()).param("body", ExamJson.question(q))
                    .param("source", source).param("by", by).param("at", Timestamp.from(at)).update();
        }
    }

    /** Declares a (possibly empty) category; nothing happens when it exists. */
    public void addCategory(String region, CategoryPath path, String by, Instant at) {
        jdbc.sql("""
                insert into exam_category (region_code, path, created_by, created_at) values (:r, :p, :by, :at)
                on conflict do nothing
                """).param("r", region).param("p", path(path)).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    /** The region's bank: its active questions and declared categories. */
    public QuestionBank bank(String region) {
        List<Question> questions = jdbc.sql("""
                select body from exam_question where region_code = :r and active order by created_at, id
                """).param("r", region).query((rs, n) -> ExamJson.question(rs.getString(1))).list();
        QuestionBank bank = QuestionBank.of(questions);
        for (String p : jdbc.sql("select path from exam_category where region_code = :r").param("r", region)
                .query(String.class).list()) {
            bank = bank.withCategory(CategoryPath.parse(p));
        }
        return bank;
    }

    /**
     * Active questions of the region, optionally only in {@code category} (and below) and of {@code type}, by
     * category then newest first.
     */
    public List<StoredQuestion> list(String region, CategoryPath category, QuestionType type, int offset, int limit) {
        String p = category == null || category.isRoot() ? null : path(category);
        return jdbc.sql("""
                select * from exam_question
                where region_code = :r and active
                  and (cast(:p as varchar) is null or category_path = :p or category_path like :below)
                  and (cast(:t as varchar) is null or type = :t)
                order by category_path, created_at desc, id
                offset :o limit :l
                """).param("r", region).param("p", p).param("below", p == null ? null : escapeLike(p) + "/%")
                .param("t", type == null ? null : type.name()).param("o", offset).param("l", limit)
                .query(this::map).list();
    }

    public Optional<StoredQuestion> find(String id) {
        return jdbc.sql("select * from exam_question where id = :id").param("id", id).query(this::map).optional();
    }

    public boolean deactivate(String id) {
        return jdbc.sql("update exam_question set active = false where id = :id and active").param("id", id)
                .update() == 1;
    }

    private StoredQuestion map(ResultSet rs, int row) throws SQLException {
        return new StoredQuestion(ExamJson.question(rs.getString("body")), rs.getString("region_code"),
                rs.getBoolean("active"), rs.getString("source"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    static String path(CategoryPath path) {
        return String.join("/", path.segments());
    }

    private static String escapeLike(String s) {
        List<Character> special = List.of('\\', '%', '_');
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (special.contains(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Every category path of the region: declared or holding an active question (with their ancestors). */
    public List<CategoryPath> categories(String region) {
        return new ArrayList<>(bank(region).categories());
    }
}
