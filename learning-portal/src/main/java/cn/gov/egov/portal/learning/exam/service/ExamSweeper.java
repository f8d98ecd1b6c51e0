package cn.gov.egov.portal.learning.exam.service;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.egov.portal.learning.exam.attempt.Attempt;
import cn.gov.egov.portal.learning.exam.attempt.ExamAttempts;

/**
 * Hands in every attempt whose deadline has passed (by the injected server clock), every
 * {@code portal.exam.sweep-interval}, so grades appear without the learner coming back. Deadlines are stored, so
 * attempts that expired while the server was down are handed in by the first sweep after it starts — at their
 * deadline, with the answers saved before it.
 */
@Component
public class ExamSweeper {

    private static final Logger log = LoggerFactory.getLogger(ExamSweeper.class);

    private final ExamAttempts attempts;

    public ExamSweeper(ExamAttempts attempts) {
        this.attempts = attempts;
    }

    @Scheduled(fixedDelayString = "${portal.exam.sweep-interval:5s}", initialDelayString = "${portal.exam.sweep-interval:5s}")
    public void sweep() {
        try {
            List<Attempt> closed = attempts.closeExpired();
            if (!closed.isEmpty()) {
                log.info("Handed in {} exam attempt(s) at their deadline", closed.size());
            }
        } catch (RuntimeException e) {
            log.warn("Exam sweep failed; the next one retries: {}", e.toString());
        }
    }
}
