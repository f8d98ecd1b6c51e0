package cn.gov.egov.portal.learning.exam.service;

import java.util.UUID;

/**
 * A learner's grade in an exam was (re)written because an attempt finished; published inside the attempt's
 * transaction, for listeners that act after it commits (learning hours, course completion).
 */
public record ExamGraded(String examId, String examTitle, UUID learnerId, boolean passed) {
}
