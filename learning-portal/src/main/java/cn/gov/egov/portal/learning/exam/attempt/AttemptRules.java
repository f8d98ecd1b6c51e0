package cn.gov.egov.portal.learning.exam.attempt;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.paper.LearnerHistory;
import cn.gov.egov.portal.learning.exam.paper.Paper;
import cn.gov.egov.portal.learning.exam.paper.PaperAssembler;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The rules of sitting an exam, pure: time comes in as a parameter (the server's clock, never the browser's), the
 * caller loads and stores attempts. Randomness (attempt ids, drawn papers, option order) comes from the injected
 * generator, a {@link java.security.SecureRandom} in production.
 */
public final class AttemptRules {

    private final RandomGenerator random;

    public AttemptRules(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * A new attempt: the exam must be open, the learner must have no attempt in progress and an attempt left. The
     * paper is made now (drawn papers prefer questions not in {@code history} nor in the earlier attempts) and the
     * deadline fixed at {@code min(now + time limit, exam close)}.
     *
     * @param previous the learner's earlier attempts at this exam, all of them
     */
    public Attempt start(Exam exam, QuestionBank bank, UUID learnerId, List<Attempt> previous,
                         LearnerHistory history, Instant now) {
        if (now.isBefore(exam.opensAt())) {
            throw new ExamException("exam-not-open", "考试尚未开始");
        }
        if (exam.isClosedAt(now)) {
            throw new ExamException("exam-closed", "考试已结束");
        }
        LearnerHistory seen = history;
        for (Attempt a : previous) {
            requireOwn(a, learnerId);
            if (!a.examId().equals(exam.id())) {
                throw new IllegalArgumentException("attempt " + a.id() + " belongs to another exam");
            }
            if (a.isOpenAt(now)) {
                throw new ExamException("attempt-in-progress", "你有一份尚未交卷的答卷，请继续作答");
            }
            if (a.isExpiredAt(now)) {
                throw new ExamException("attempt-not-closed", "上一份答卷正在自动交卷，请稍后再试");
            }
            seen = seen.plus(a.paper().questionIds());
        }
        ExamPolicy policy = exam.policy();
        if (!policy.unlimitedAttempts() && previous.size() >= policy.attemptsAllowed()) {
            throw new ExamException("no-attempts-left", "你已用完本场考试的全部 " + policy.attemptsAllowed() + " 次机会");
        }
        Paper paper = PaperAssembler.assemble(exam.paper(), bank, seen, random);
        Instant deadline = now.plus(policy.timeLimit());
        if (exam.closesAt() != null && exam.closesAt().isBefore(deadline)) {
            deadline = exam.closesAt();
        }
        return new Attempt(newId(), exam.id(), learnerId, previous.size() + 1, paper, now, deadline, Map.of(),
                AttemptStatus.IN_PROGRESS, null, null, 1);
    }

    /** The learner's attempt in progress before its deadline, with the time left; empty when there is none. */
    public Optional<OpenAttempt> resume(Collection<Attempt> attempts, UUID learnerId, Instant now) {
        return attempts.stream()
                .filter(a -> a.learnerId().equals(learnerId) && a.isOpenAt(now))
                .findFirst()
                .map(a -> new OpenAttempt(a, a.remaining(now)));
    }

    /**
     * Saves (or, with a blank answer, clears) the answer to one question. Saving the same answer again changes
     * nothing and returns the attempt as it was.
     *
     * @throws ExamException {@code wrong-learner}, {@code deadline-passed} (at or after the deadline, by the server
     *                       clock), {@code attempt-finished} (handed in already), {@code unknown-question},
     *                       {@code answer-type-mismatch}, {@code unknown-option} (a letter not on this paper),
     *                       {@code single-needs-one}
     */
    public Attempt saveAnswer(Attempt attempt, UUID learnerId, String questionId, Answer answer, Instant now) {
        requireOwn(attempt, learnerId);
        Objects.requireNonNull(answer, "answer");
        if (attempt.status() == AttemptStatus.AUTO_SUBMITTED || attempt.isExpiredAt(now)) {
            throw new ExamException("deadline-passed", "考试时间已到，该答案未能保存，试卷已自动交卷");
        }
        if (attempt.status().isFinished()) {
            throw new ExamException("attempt-finished", "试卷已交，不能再修改答案");
        }
        PaperQuestion question = attempt.paper().find(questionId)
                .orElseThrow(() -> new ExamException("unknown-question", "本试卷中没有这道题"));
        requireFits(question, answer);
        SavedAnswer current = attempt.answers().get(questionId);
        if (current != null ? current.answer().equals(answer) : answer.isBlank()) {
            return attempt;
        }
        return attempt.withAnswer(new SavedAnswer(questionId, answer, now));
    }

    /**
     * Hands the attempt in and grades it. Idempotent: an attempt already handed in is returned unchanged with
     * {@code duplicate = true}. At or after the deadline it is handed in as {@code AUTO_SUBMITTED} at the deadline
     * (the answers were all saved before it).
     */
    public SubmitResult submit(Attempt attempt, UUID learnerId, Instant now) {
        requireOwn(attempt, learnerId);
        if (attempt.status().isFinished()) {
            return new SubmitResult(attempt, true);
        }
        if (attempt.isExpiredAt(now)) {
            return new SubmitResult(autoSubmit(attempt), false);
        }
        return new SubmitResult(attempt.finish(AttemptStatus.SUBMITTED, now), false);
    }

    /**
     * The attempts among {@code attempts} still in progress at or past their deadline, handed in as
     * {@code AUTO_SUBMITTED} at their deadline and graded with the answers saved. The others are left out.
     */
    public List<Attempt> closeExpired(Collection<Attempt> attempts, Instant now) {
        List<Attempt> closed = new ArrayList<>();
        for (Attempt a : attempts) {
            if (a.isExpiredAt(now)) {
                closed.add(autoSubmit(a));
            }
        }
        return closed;
    }

    /** Hands an expired attempt in at its deadline. */
    public Attempt autoSubmit(Attempt attempt) {
        if (attempt.status().isFinished()) {
            return attempt;
        }
        return attempt.finish(AttemptStatus.AUTO_SUBMITTED, attempt.deadline());
    }

    private static void requireFits(PaperQuestion question, Answer answer) {
        QuestionType type = question.question().type();
        boolean kindFits = switch (answer) {
            case Answer.Choice c -> type.hasOptions();
            case Answer.TrueFalse t -> type == QuestionType.TRUE_FALSE;
            case Answer.Text t -> type == QuestionType.FILL_IN;
        };
        if (!kindFits) {
            throw new ExamException("answer-type-mismatch", "答案形式与题型（" + type.chinese() + "）不符");
        }
        if (answer instanceof Answer.Choice(List<String> labels)) {
            for (String label : labels) {
                if (question.optionAt(label).isEmpty()) {
                    throw new ExamException("unknown-option", "本题没有选项 " + label);
                }
            }
            if (type == QuestionType.SINGLE && labels.size() > 1) {
                throw new ExamException("single-needs-one", "单选题只能选择一个选项");
            }
        }
    }

    private static void requireOwn(Attempt attempt, UUID learnerId) {
        if (!attempt.learnerId().equals(learnerId)) {
            throw new ExamException("wrong-learner", "该答卷不属于当前用户");
        }
    }

    /** A random (version 4) UUID from the injected generator. */
    private String newId() {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }
}
