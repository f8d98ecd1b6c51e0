package cn.gov.egov.portal.learning.course;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Whether a course may be published, as plain Java: it has at least one lesson, and every video lesson's media
 * asset was transcoded successfully (its job state is {@code SUCCEEDED}).
 */
public final class PublishRules {

    /** What stands in the way, for one lesson ({@code position} 0 for the course itself). */
    public record Problem(String code, int position, String lessonTitle) {
    }

    private PublishRules() {
    }

    /** @param jobState the current transcode state of an asset (null when it has no job or is unknown) */
    public static List<Problem> problems(List<Lesson> lessons, Function<UUID, String> jobState) {
        List<Problem> problems = new ArrayList<>();
        if (lessons.isEmpty()) {
            problems.add(new Problem("course-empty", 0, ""));
        }
        for (Lesson l : lessons) {
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
    public static void require(List<Lesson> lessons, Function<UUID, String> jobState) {
        List<Problem> problems = problems(lessons, jobState);
        if (problems.isEmpty()) {
            return;
        }
        Problem p = problems.getFirst();
        String what = switch (p.code()) {
            case "course-empty" -> "课程还没有课时";
            case "video-missing" -> "第 " + p.position() + " 课“" + p.lessonTitle() + "”没有选择视频";
            case "video-failed" -> "第 " + p.position() + " 课“" + p.lessonTitle() + "”的视频转码失败，请重新上传";
            default -> "第 " + p.position() + " 课“" + p.lessonTitle() + "”的视频尚未转码完成";
        };
        throw new PublishRefusedException(p, problems.size(), "无法发布：" + what
                + (problems.size() > 1 ? "（另有 " + (problems.size() - 1) + " 个问题）" : ""));
    }
}
