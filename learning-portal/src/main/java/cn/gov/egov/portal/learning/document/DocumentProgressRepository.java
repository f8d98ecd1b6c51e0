package cn.gov.egov.portal.learning.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code document_progress}: the pages of a document a learner has displayed; they and completion only grow. */
@Repository
public class DocumentProgressRepository {

    /** The pages displayed so far (ascending) and whether the lesson is complete. */
    public record Reading(List<Integer> pagesSeen, boolean complete) {
        public static final Reading NONE = new Reading(List.of(), false);
    }

    private final JdbcClient jdbc;

    public DocumentProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Reading find(UUID learnerId, UUID lessonId) {
        return jdbc.sql("""
                select array(select unnest(pages_seen) order by 1) as pages, completed_at is not null as done
                from document_progress where learner_id = :learner and lesson_id = :lesson
                """).param("learner", learnerId).param("lesson", lessonId)
                .query((rs, row) -> new Reading(List.of((Integer[]) rs.getArray("pages").getArray()),
                        rs.getBoolean("done")))
                .optional().orElse(Reading.NONE);
    }

    /** Records that {@code page} was displayed (once); answers how many distinct pages have been displayed. */
    public int pageShown(UUID learnerId, UUID lessonId, int page, Instant at) {
        return jdbc.sql("""
                insert into document_progress (learner_id, lesson_id, pages_seen, opened_at, updated_at)
                values (:learner, :lesson, array[cast(:page as integer)], :at, :at)
                on conflict (learner_id, lesson_id) do update set
                    pages_seen = case when cast(:page as integer) = any(document_progress.pages_seen)
                                      then document_progress.pages_seen
                                      else array_append(document_progress.pages_seen, cast(:page as integer)) end,
                    updated_at = excluded.updated_at
                returning cardinality(pages_seen)
                """).param("learner", learnerId).param("lesson", lessonId).param("page", page)
                .param("at", Timestamp.from(at)).query(Integer.class).single();
    }

    /** Marks the lesson complete when {@code pages} distinct pages were displayed; true only for the call that did. */
    public boolean completeIfAllSeen(UUID learnerId, UUID lessonId, int pages, Instant at) {
        return jdbc.sql("""
                update document_progress set completed_at = :at
                where learner_id = :learner and lesson_id = :lesson and completed_at is null
                  and cardinality(pages_seen) >= :pages
                """).param("learner", learnerId).param("lesson", lessonId).param("pages", pages)
                .param("at", Timestamp.from(at)).update() == 1;
    }
}
