package cn.gov.egov.portal.learning.course;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Whether a course may be published, as plain Java: it has at least one lesson, every video lesson's media asset was
 * transcoded successfully (its job state is {@code SUCCEEDED}), and every document lesson has its PDF uploaded (a
 * document lesson counts for course completion, so one without a PDF would hold every learner up).
 */
public final class PublishRules {

    /** What stands in the way, for one lesson ({@code position} 0 for the course itself). */
    public record Problem(String code, int position, String lessonTitle) {
    }

    private PublishRules() {
    }

    /**
     * @param jobState    the current transcode state of an asset (null when it has no job or is unknown)
     * @param hasDocument whether a lesson (by id) has its PDF uploaded
     */
    public static List<Problem> problems(List<Lesson> lessons, Function<UUID, String> jobState,
                                         Predicate<UUID> hasDocument) {
        List<Problem> problems = new ArrayList<>();
        if (lessons.isEmpty()) {
            problems.add(new Problem("course-empty", 0, ""));
        }
        for (Lesson l : lessons) {
            if (l.kind() == LessonKind.DOCUMENT && !hasDocument.test(l.id())) {
                problems.add(new Problem("document-missing", l.position(), l.title()));
            }
            if (l.kind() != LessonKind.VIDEO) {
                continue;
            }
            String state = l.mediaAssetId() == null ? null : jobState.apply(l.mediaAssetId());
            if (l.mediaAssetId() == null) {
                problems.add(new Problem("video-missing", l.position(), l.title()));
            } else if ("FAILED".equals(state) || "CANCELLED".equals(state)) {
                problems.add(new Problem("video-failed", l.position(), l.title()));
            } else if (!"SUCCEEDED".equals(state)) {
                problems.add(new Problem("video-not-ready", l.position(), l.title()));
            }
        }
        return problems;
    }

    /** Throws a {@link CourseException} naming the first problem (and how many there are), if any. */
    public static void require(List<Lesson> lessons, Function<UUID, String> jobState,
                               Predicate<UUID> hasDocument) {
        List<Problem> problems = problems(lessons, jobState, hasDocument);
        if (problems.isEmpty()) {
            return;
        }
        Problem p = problems.getFirst();
        String what = switch (p.code()) {
            case "course-empty" -> "课程还没有课时";
            case "video-missing" -> "第 " + p.position() + " 课“" + p.lessonTitle() + "”没有选择视频";
            case "document-missing" -> "第 " + p.position() + " 课“" + p.lessonTitle() + "”还没有上传文档";
            case "video-failed" -> "第 " + p.position() + " 课“" + p.lessonTitle() + "”的视频转码失败，请重新上传";
            default -> "第 " + p.position() + " 课“" + p.lessonTitle() + "”的视频尚未转码完成";
        };
        throw new PublishRefusedException(p, problems.size(), "无法发布：" + what
                + (problems.size() > 1 ? "（另有 " + (problems.size() - 1) + " 个问题）" : ""));
    }
}
