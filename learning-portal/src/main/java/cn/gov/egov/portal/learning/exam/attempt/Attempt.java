package cn.gov.egov.portal.learning.exam.attempt;

import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.grading.AttemptScore;
import cn.gov.egov.portal.learning.exam.grading.Grader;
import cn.gov.egov.portal.learning.exam.paper.Paper;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One learner's attempt at an exam, immutable; every change makes a new version for the caller to store. It carries
 * everything needed to resume and to grade it without the bank or the exam: the frozen paper, the deadline and the
 * answers saved so far.
 *
 * @param id          random, unguessable
 * @param number      1 for the learner's first attempt at this exam, 2 for the second…
 * @param deadline    {@code min(start + time limit, exam close)}, fixed when the attempt starts
 * @param answers     the latest saved answer per question id
 * @param submittedAt when it was handed in (the deadline itself for an automatic submission); null while open
 * @param score       the marks, set when it is handed in; null while open
 * @param version     1 when started, +1 with every change (stores use it for optimistic locking)
 */
public record Attempt(String id, String examId, UUID learnerId, int number, Paper paper, Instant startedAt,
                      Instant deadline, Map<String, SavedAnswer> answers, AttemptStatus status, Instant submittedAt,
                      AttemptScore score, long version) {

    public Attempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(examId, "examId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(status, "status");
        answers = Map.copyOf(answers);
        if (number < 1 || version < 1 || !deadline.isAfter(startedAt)) {
            throw new IllegalArgumentException("attempt number, version or deadline out of range");
        }
        if (status.isFinished() != (submittedAt != null) || status.isFinished() != (score != null)) {
            throw new IllegalArgumentException("a finished attempt has a submission time and a score; an open one not");
        }
    }

    /** In progress and before its deadline: answers may be saved. */
    public boolean isOpenAt(Instant now) {
        return status == AttemptStatus.IN_PROGRESS && now.isBefore(deadline);
    }

    /** In progress but at or past its deadline: the server must hand it in. */
    public boolean isExpiredAt(Instant now) {
        return status == AttemptStatus.IN_PROGRESS && !now.isBefore(deadline);
    }

    /** Time left by the server clock; zero at and after the deadline or once finished. */
    public Duration remaining(Instant now) {
        return isOpenAt(now) ? Duration.between(now, deadline) : Duration.ZERO;
    }

    /** The saved answers by question id, as the grader takes them. */
    public Map<String, Answer> answerMap() {
        Map<String, Answer> map = new HashMap<>();
        answers.forEach((id, saved) -> map.put(id, saved.answer()));
        return map;
    }

    Attempt withAnswer(SavedAnswer saved) {
        Map<String, SavedAnswer> next = new HashMap<>(answers);
        if (saved.answer().isBlank()) {
            next.remove(saved.questionId());
        } else {
            next.put(saved.questionId(), saved);
        }
        return new Attempt(id, examId, learnerId, number, paper, startedAt, deadline, next, status, null, null,
                version + 1);
    }

    /** Handed in at {@code at} and graded with the answers saved. */
    Attempt finish(AttemptStatus how, Instant at) {
        return new Attempt(id, examId, learnerId, number, paper, startedAt, deadline, answers, how, at,
                Grader.grade(paper, answerMap()), version + 1);
    }
}
