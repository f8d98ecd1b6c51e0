package cn.gov.egov.portal.learning.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The plain-Java course rules: text, drafts, lesson order and what blocks publishing. */
class CourseRulesTest {

    static final UUID CAT = UUID.randomUUID();
    static final UUID COURSE = UUID.randomUUID();

    static Lesson video(int position, UUID asset) {
        return new Lesson(UUID.randomUUID(), COURSE, position, LessonKind.VIDEO, "视频" + position, asset, null, null,
                null);
    }

    static String code(Runnable r) {
        try {
            r.run();
        } catch (CourseException e) {
            return e.code();
        }
        throw new AssertionError("no CourseException");
    }

    @Test
    void titlesMustBeOneTo200CharactersWithoutControlCharacters() {
        assertThat(CourseText.title("  行政法概论 ")).isEqualTo("行政法概论");
        assertThat(CourseText.title("长".repeat(200))).hasSize(200);
        assertThat(code(() -> CourseText.title("长".repeat(201)))).isEqualTo("title-too-long");
        assertThat(code(() -> CourseText.title(" \t "))).isEqualTo("title-empty");
        assertThat(code(() -> CourseText.title(null))).isEqualTo("title-empty");
        assertThat(code(() -> CourseText.title("a\u0000b"))).isEqualTo("title-bad");
        assertThat(code(() -> CourseText.title("一行\n两行"))).isEqualTo("title-bad");
        assertThat(code(() -> CourseText.summary("长".repeat(4001)))).isEqualTo("summary-too-long");
        // markup is text like any other: it is kept as typed and shown as text, never interpreted
        assertThat(CourseText.title("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void aDraftNeedsCategoryKindAndAYear() {
        assertThat(code(() -> new CourseDraft("课", "", null, CourseKind.REQUIRED, 2026, false).validated()))
                .isEqualTo("category-missing");
        assertThat(code(() -> new CourseDraft("课", "", CAT, null, 2026, false).validated())).isEqualTo("kind-missing");
        assertThat(code(() -> new CourseDraft("课", "", CAT, CourseKind.ELECTIVE, 1999, false).validated()))
                .isEqualTo("year-bad");
        assertThat(new CourseDraft(" 课 ", null, CAT, CourseKind.ELECTIVE, 2026, true).validated())
                .isEqualTo(new CourseDraft("课", "", CAT, CourseKind.ELECTIVE, 2026, true));
    }

    @Test
    void aLessonsContentMatchesItsKind() {
        assertThat(code(() -> new LessonDraft(LessonKind.VIDEO, "v", null, null, null, null).validated()))
                .isEqualTo("lesson-video-missing");
        assertThat(code(() -> new LessonDraft(LessonKind.DOCUMENT, "d", null, "../etc/passwd", null, null)
                .validated())).isEqualTo("lesson-document-missing");
        assertThat(code(() -> new LessonDraft(LessonKind.EXAM, "e", null, null, null, null).validated()))
                .isEqualTo("lesson-exam-missing");
        assertThat(code(() -> new LessonDraft(LessonKind.VIDEO, "v", UUID.randomUUID(), null, null, -1).validated()))
                .isEqualTo("lesson-duration-bad");
        // a video lesson drops stray document or exam references
        LessonDraft d = new LessonDraft(LessonKind.VIDEO, "v", UUID.randomUUID(), "x.pdf", UUID.randomUUID(), 90)
                .validated();
        assertThat(d.documentKey()).isNull();
        assertThat(d.examId()).isNull();
    }

    @Test
    void lessonPositionsAreOneToNWithoutDuplicatesOrGaps() {
        LessonOrder.check(List.of(video(2, null), video(1, null)));
        assertThat(code(() -> LessonOrder.check(List.of(video(1, null), video(1, null)))))
                .isEqualTo("lesson-position-duplicate");
        assertThat(code(() -> LessonOrder.check(List.of(video(1, null), video(3, null)))))
                .isEqualTo("lesson-position-gap");
    }

    @Test
    void movingSwapsWithTheNeighbourAndStopsAtTheEnds() {
        List<Lesson> ordered = List.of(video(1, null), video(2, null), video(3, null));
        assertThat(LessonOrder.neighbour(ordered, ordered.get(1).id(), -1)).contains(ordered.get(0));
        assertThat(LessonOrder.neighbour(ordered, ordered.get(1).id(), 1)).contains(ordered.get(2));
        assertThat(LessonOrder.neighbour(ordered, ordered.get(0).id(), -1)).isEmpty();
        assertThat(LessonOrder.neighbour(ordered, ordered.get(2).id(), 1)).isEmpty();
        assertThat(code(() -> LessonOrder.neighbour(ordered, UUID.randomUUID(), 1))).isEqualTo("lesson-missing");
        assertThat(LessonOrder.renumbered(List.of(ordered.get(0), ordered.get(2)))).extracting(Lesson::position)
                .containsExactly(1, 2);
    }

    @Test
    void publishingNeedsLessonsAndEveryVideoTranscoded() {
        UUID ok = UUID.randomUUID();
        UUID running = UUID.randomUUID();
        UUID failed = UUID.randomUUID();
        UUID never = UUID.randomUUID();
        Map<UUID, String> states = new java.util.HashMap<>(Map.of(ok, "SUCCEEDED", running, "RUNNING",
                failed, "FAILED"));
        assertThat(PublishRules.problems(List.of(), states::get, id -> true)).extracting(PublishRules.Problem::code)
                .containsExactly("course-empty");
        assertThat(PublishRules.problems(List.of(video(1, ok)), states::get, id -> true)).isEmpty();
        assertThat(PublishRules.problems(List.of(video(1, ok), video(2, running), video(3, failed), video(4, never)),
                states::get, id -> true)).extracting(PublishRules.Problem::code, PublishRules.Problem::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("video-not-ready", 2),
                        org.assertj.core.groups.Tuple.tuple("video-failed", 3),
                        org.assertj.core.groups.Tuple.tuple("video-not-ready", 4));
        assertThatThrownBy(() -> PublishRules.require(List.of(video(1, failed)), states::get, id -> true))
                .isInstanceOf(PublishRefusedException.class).hasMessageContaining("第 1 课“视频1”的视频转码失败")
                .extracting(e -> ((CourseException) e).code()).isEqualTo("publish-video-failed");
        // a document or exam lesson needs no transcode; a document lesson needs its PDF uploaded
        Lesson doc = new Lesson(UUID.randomUUID(), COURSE, 1, LessonKind.DOCUMENT, "文档", null, "d.pdf", null, null);
        assertThat(PublishRules.problems(List.of(doc), states::get, id -> true)).isEmpty();
        assertThat(PublishRules.problems(List.of(doc), states::get, id -> false))
                .extracting(PublishRules.Problem::code, PublishRules.Problem::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("document-missing", 1));
        assertThatThrownBy(() -> PublishRules.require(List.of(doc), states::get, id -> false))
                .isInstanceOf(PublishRefusedException.class).hasMessageContaining("第 1 课“文档”还没有上传文档")
                .extracting(e -> ((CourseException) e).code()).isEqualTo("publish-document-missing");
    }
}
