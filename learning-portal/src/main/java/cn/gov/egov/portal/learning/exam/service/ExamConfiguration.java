package cn.gov.egov.portal.learning.exam.service;

import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.egov.portal.learning.exam.attempt.Exam;
import cn.gov.egov.portal.learning.exam.attempt.ExamAttempts;
import cn.gov.egov.portal.learning.exam.attempt.FinalGrade;
import cn.gov.egov.portal.learning.exam.store.ExamRepository;
import cn.gov.egov.portal.learning.exam.store.JdbcAttemptStore;
import cn.gov.egov.portal.learning.exam.store.StoredExam;

/**
 * Wires the plain-Java exam rules to PostgreSQL: attempts in {@link JdbcAttemptStore} (a finished attempt rewrites
 * the learner's exam grade in the same transaction), timed by the injected clock, papers and ids drawn from a
 * {@link SecureRandom}. Scheduling is on for {@link ExamSweeper}.
 */
@Configuration
@EnableScheduling
class ExamConfiguration {

    @Bean
    JdbcAttemptStore attemptStore(JdbcClient jdbc, TransactionTemplate tx, ExamRepository exams, Clock clock,
                                  org.springframework.context.ApplicationEventPublisher events) {
        return new JdbcAttemptStore(jdbc, tx, (attempt, store) -> {
            Exam exam = exams.find(attempt.examId()).map(StoredExam::exam).orElseThrow();
            java.util.Optional<FinalGrade> grade = FinalGrade.of(exam.policy(),
                    store.findByLearner(exam.id(), attempt.learnerId()));
            exams.saveGrade(exam.id(), attempt.learnerId(), grade, clock.instant());
            events.publishEvent(new ExamGraded(exam.id(), exam.title(), attempt.learnerId(),
                    grade.map(FinalGrade::passed).orElse(false)));
        });
    }

    @Bean
    ExamAttempts examAttempts(Clock clock, JdbcAttemptStore store) {
        return new ExamAttempts(clock, new SecureRandom(), store);
    }
}
