package cn.gov.egov.portal.learning.exam.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.attempt.Attempt;
import cn.gov.egov.portal.learning.exam.attempt.AttemptStore;
import cn.gov.egov.portal.learning.exam.attempt.Exam;
import cn.gov.egov.portal.learning.exam.attempt.ExamAttempts;
import cn.gov.egov.portal.learning.exam.attempt.OpenAttempt;
import cn.gov.egov.portal.learning.exam.attempt.SubmitResult;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.paper.LearnerHistory;
import cn.gov.egov.portal.learning.exam.store.ExamRepository;
import cn.gov.egov.portal.learning.exam.store.QuestionRepository;
import cn.gov.egov.portal.learning.exam.store.StoredExam;
import cn.gov.egov.portal.learning.exam.view.AttemptView;
import cn.gov.egov.portal.learning.exam.view.ExamViews;
import cn.gov.egov.portal.learning.exam.view.ReviewView;
import cn.gov.egov.portal.security.PortalUser;

/**
 * 考试 — sitting an exam. Everything goes through {@link ExamAttempts} (server clock, stored deadlines, conditional
 * writes) and leaves through {@link ExamViews} (no answer key before grading; reviews as the options allow). The
 * learner is the signed-in user: an attempt of anyone else is refused ({@code wrong-learner}), and only exams of the
 * learner's region and its ancestors may be sat.
 */
@Service
public class ExamTakingService {

    private final ExamRepository exams;
    private final QuestionRepository questions;
    private final ExamAttempts attempts;
    private final AttemptStore store;
    private final ExamAccess access;
    private final Clock clock;

    public ExamTakingService(ExamRepository exams, QuestionRepository questions, ExamAttempts attempts,
                             AttemptStore store, ExamAccess access, Clock clock) {
        this.exams = exams;
        this.questions = questions;
        this.attempts = attempts;
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    /** Exams the user may sit (their region and its ancestors), newest opening first. */
    public List<Exam> available(PortalUser user) {
        return exams.forRegions(access.sittingRegions(user), 200).stream().map(StoredExam::exam).toList();
    }

    public ExamOverview overview(PortalUser user, String examId) {
        Exam exam = sittable(user, examId);
        Optional<OpenAttempt> open = attempts.resume(exam, user.id());
        Instant now = clock.instant();
        List<Attempt> mine = store.findByLearner(exam.id(), user.id());
        List<ReviewView> finished = new ArrayList<>();
        for (Attempt a : mine) {
            if (a.status().isFinished()) {
                finished.add(ExamViews.review(exam, a, now));
            }
        }
        String refusal = null;
        if (open.isEmpty()) {
            if (now.isBefore(exam.opensAt())) {
                refusal = "考试尚未开始";
            } else if (exam.isClosedAt(now)) {
                refusal = "考试已结束";
            } else if (!exam.policy().unlimitedAttempts() && mine.size() >= exam.policy().attemptsAllowed()) {
                refusal = "你已用完本场考试的全部 " + exam.policy().attemptsAllowed() + " 次机会";
            }
        }
        return new ExamOverview(exam, open.map(o -> o.attempt().id()).orElse(null),
                open.map(o -> o.remaining().toSeconds()).orElse(0L), finished, attempts.finalGrade(exam, user.id()),
                open.isEmpty() && refusal == null, refusal);
    }

    /** Resumes the learner's open attempt (with the time it has left) or starts a new one. */
    public AttemptView startOrResume(PortalUser user, String examId) {
        Exam exam = sittable(user, examId);
        Optional<OpenAttempt> open = attempts.resume(exam, user.id());
        Attempt attempt = open.isPresent() ? open.get().attempt()
                : attempts.start(exam, questions.bank(regionOf(examId)), user.id(), LearnerHistory.none());
        return ExamViews.attempt(exam, attempt, clock.instant());
    }

    /** The learner's attempt in progress as the page shows it; {@code attempt-finished} once handed in. */
    public AttemptView view(PortalUser user, String attemptId) {
        Attempt attempt = attempts.attempt(user.id(), attemptId);
        return ExamViews.attempt(examOf(attempt), attempt, clock.instant());
    }

    /**
     * Saves one answer; returns the remaining seconds by the server clock.
     *
     * @throws ExamException {@code deadline-passed} (the attempt is handed in), {@code wrong-learner},
     *                       {@code attempt-finished} and the answer checks of the rules
     */
    public long save(PortalUser user, String attemptId, String questionId, Answer answer) {
        Attempt saved = attempts.saveAnswer(user.id(), attemptId, questionId, answer);
        return saved.remaining(clock.instant()).toSeconds();
    }

    /** Hands the attempt in; a second submission returns the same result and changes nothing. */
    public SubmitResult submit(PortalUser user, String attemptId) {
        return attempts.submit(user.id(), attemptId);
    }

    /** A finished attempt as the exam's review options allow now. */
    public ReviewView review(PortalUser user, String attemptId) {
        Attempt attempt = attempts.attempt(user.id(), attemptId);
        return ExamViews.review(examOf(attempt), attempt, clock.instant());
    }

    private Exam sittable(PortalUser user, String examId) {
        StoredExam stored = exams.find(examId)
                .orElseThrow(() -> new ExamException("exam-not-found", "找不到这场考试"));
        access.requireMaySit(user, stored.regionCode(), examId);
        return stored.exam();
    }

    private String regionOf(String examId) {
        return exams.find(examId).orElseThrow().regionCode();
    }

    private Exam examOf(Attempt attempt) {
        return exams.find(attempt.examId()).map(StoredExam::exam)
                .orElseThrow(() -> new ExamException("exam-not-found", "找不到这场考试"));
    }
}
