package cn.gov.egov.portal.learning.course;

import java.util.UUID;

/** A lesson as an administrator enters it; {@link #validated()} checks that the content matches the kind. */
public record LessonDraft(LessonKind kind, String title, UUID mediaAssetId, String documentKey, UUID examId,
                          Integer durationSeconds) {

    public static final int MAX_DOCUMENT_KEY = 300;

    public LessonDraft validated() {
        if (kind == null) {
            throw new CourseException("lesson-kind-missing", "请选择课时类型");
        }
        String t = CourseText.title(title);
        if (durationSeconds != null && durationSeconds < 0) {
            throw new CourseException("lesson-duration-bad", "时长不能为负数");
        }
        switch (kind) {
            case VIDEO -> {
                if (mediaAssetId == null) {
                    throw new CourseException("lesson-video-missing", "视频课时需要选择一个视频");
                }
                return new LessonDraft(kind, t, mediaAssetId, null, null, durationSeconds);
            }
            case DOCUMENT -> {
                String key = documentKey == null ? "" : documentKey.strip();
                if (key.isEmpty() || key.length() > MAX_DOCUMENT_KEY || key.contains("..") || key.startsWith("/")) {
                    throw new CourseException("lesson-document-missing", "文档课时需要一个有效的文档");
                }
                return new LessonDraft(kind, t, null, key, null, durationSeconds);
            }
            case EXAM -> {
                if (examId == null) {
                    throw new CourseException("lesson-exam-missing", "考试课时需要指定考试");
                }
                return new LessonDraft(kind, t, null, null, examId, durationSeconds);
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }
}
