package cn.gov.egov.portal.learning.exam.service;

import java.util.UUID;

import org.springframework.stereotype.Component;

import cn.gov.egov.portal.learning.exam.store.ExamRepository;
import cn.gov.egov.portal.learning.ledger.ExamLessonResults;

/** An exam lesson is passed when the learner's stored grade in its exam says so. */
@Component
class ExamGradeLessonResults implements ExamLessonResults {

    private final ExamRepository exams;

    ExamGradeLessonResults(ExamRepository exams) {
        this.exams = exams;
    }

    @Override
    public boolean passed(UUID learnerId, UUID lessonId, UUID examId) {
        return examId != null && exams.grade(examId.toString(), learnerId)
                .map(ExamRepository.StoredGrade::passed).orElse(false);
    }
}
