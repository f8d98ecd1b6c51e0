package cn.gov.egov.portal.learning.exam.service;

import java.time.Instant;

import cn.gov.egov.portal.learning.exam.attempt.ExamPolicy;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;

/**
 * What an administrator fills in to define an exam.
 *
 * @param id       null for a new exam
 * @param closesAt null for an exam that never closes
 */
public record ExamDraft(String id, String title, PaperSpec paper, ExamPolicy policy, Instant opensAt,
                        Instant closesAt) {
}
