package cn.gov.egov.portal.learning.course;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Lesson ordering as plain Java: positions are 1..n without gaps or duplicates; moves swap neighbours. */
public final class LessonOrder {

    private LessonOrder() {
    }

    /** Throws unless the lessons (in any order) hold positions exactly 1..n, each once. */
    public static void check(List<Lesson> lessons) {
        Set<Integer> seen = new HashSet<>();
        for (Lesson l : lessons) {
            if (!seen.add(l.position())) {
                throw new CourseException("lesson-position-duplicate", "课时顺序重复：第 " + l.position() + " 课");
            }
        }
        for (int p = 1; p <= lessons.size(); p++) {
            if (!seen.contains(p)) {
                throw new CourseException("lesson-position-gap", "课时顺序有空缺：缺少第 " + p + " 课");
            }
        }
    }

    /**
     * The lesson to swap with when {@code lessonId} moves up ({@code delta = -1}) or down ({@code +1}); empty when
     * it is already first or last. The lessons must be in position order.
     */
    public static java.util.Optional<Lesson> neighbour(List<Lesson> ordered, UUID lessonId, int delta) {
        if (delta != -1 && delta != 1) {
            throw new IllegalArgumentException("delta must be -1 or +1");
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).id().equals(lessonId)) {
                int j = i + delta;
                return j < 0 || j >= ordered.size() ? java.util.Optional.empty()
                        : java.util.Optional.of(ordered.get(j));
            }
        }
        throw new CourseException("lesson-missing", "该课时不属于这门课程");
    }

    /** The lessons renumbered 1..n in their current order (after a removal). */
    public static List<Lesson> renumbered(List<Lesson> ordered) {
        List<Lesson> out = new ArrayList<>(ordered.size());
        for (int i = 0; i < ordered.size(); i++) {
            Lesson l = ordered.get(i);
            out.add(new Lesson(l.id(), l.courseId(), i + 1, l.kind(), l.title(), l.mediaAssetId(), l.documentKey(),
                    l.examId(), l.durationSeconds()));
        }
        return out;
    }
}
