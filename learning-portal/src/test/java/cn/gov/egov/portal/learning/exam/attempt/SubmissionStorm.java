package cn.gov.egov.portal.learning.exam.attempt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;

/**
 * The load the submission tests put on {@link ExamAttempts}, in memory or on PostgreSQL: every answer of every started
 * attempt saved as its own parallel request with deadline sweeps among them, then every attempt submitted twice at
 * once (the double click).
 */
public final class SubmissionStorm {

    private SubmissionStorm() {
    }

    /** @return how many of the submissions were answered as duplicates */
    public static int run(ExamAttempts attempts, List<Attempt> started, ExecutorService pool, int sweeps,
                          Function<PaperQuestion, Answer> rightAnswer) throws Exception {
        List<Callable<Void>> work = new ArrayList<>();
        for (Attempt a : started) {
            for (PaperQuestion q : a.paper().questions()) {
                work.add(() -> {
                    attempts.saveAnswer(a.learnerId(), a.id(), q.questionId(), rightAnswer.apply(q));
                    return null;
                });
            }
        }
        for (int i = 0; i < sweeps; i++) {
            work.add(() -> {
                attempts.closeExpired();
                return null;
            });
        }
        for (Future<Void> f : pool.invokeAll(work)) {
            f.get();
        }
        List<Callable<SubmitResult>> submits = new ArrayList<>();
        for (Attempt a : started) {
            submits.add(() -> attempts.submit(a.learnerId(), a.id()));
            submits.add(() -> attempts.submit(a.learnerId(), a.id()));
        }
        int duplicates = 0;
        for (Future<SubmitResult> f : pool.invokeAll(submits)) {
            if (f.get().duplicate()) {
                duplicates++;
            }
        }
        return duplicates;
    }
}
