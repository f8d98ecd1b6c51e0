/**
 * The learning side of the portal as plain Java: verified watch progress ({@code progress}), learning hours
 * (学时, {@code hours}) and exams (考试, {@code exam}). No Spring, no database, no UI; time comes from an injected
 * {@link java.time.Clock} or an {@link java.time.Instant} parameter, randomness from an injected
 * {@link java.util.random.RandomGenerator}. See {@code docs/learning-rules.md} and {@code docs/exams.md}.
 * <p>
 * {@code course} and {@code vod} (课程, 视频点播) keep that split inside: their rules are plain Java
 * ({@code CourseText}, {@code CourseDraft}, {@code LessonOrder}, {@code PublishRules}, {@code CourseAccess}), beside
 * thin Spring services, JDBC repositories and {@code ui} views. See {@code docs/courses.md}.
 */
package cn.gov.egov.portal.learning;
