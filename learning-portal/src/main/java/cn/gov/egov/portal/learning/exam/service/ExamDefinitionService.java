package cn.gov.egov.portal.learning.exam.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gov.egov.portal.learning.exam.attempt.Exam;
import cn.gov.egov.portal.learning.exam.bank.SafeText;
import cn.gov.egov.portal.learning.exam.paper.LearnerHistory;
import cn.gov.egov.portal.learning.exam.paper.PaperAssembler;
import cn.gov.egov.portal.learning.exam.store.ExamRepository;
import cn.gov.egov.portal.learning.exam.store.QuestionRepository;
import cn.gov.egov.portal.learning.exam.store.StoredExam;
import cn.gov.egov.portal.security.PortalUser;

/**
 * 考试管理 — exams defined from the region's bank. A new exam belongs to the administrator's region and draws from that
 * region's bank; saving checks that a paper can be made now (a fixed paper's questions exist, every quota's category
 * has enough questions), so a learner never meets a paper that cannot be drawn. Changes do not touch attempts already
 * started (their papers and deadlines are frozen).
 */
@Service
public class ExamDefinitionService {

    private final ExamRepository exams;
    private final QuestionRepository questions;
    private final ExamAccess access;
    private final ExamAudit audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ExamDefinitionService(ExamRepository exams, QuestionRepository questions, ExamAccess access,
                                 ExamAudit audit, Clock clock) {
        this.exams = exams;
        this.questions = questions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Exams of the administrator's subtree, newest opening first. */
    public List<StoredExam> list(PortalUser user) {
        access.requireManager(user, "EXAM_LIST");
        return exams.inSubtree(access.subtreePrefix(user), 500);
    }

    public Optional<StoredExam> find(PortalUser user, String examId) {
        Optional<StoredExam> found = exams.find(examId);
        if (found.isPresent()) {
            access.requireManages(user, found.get().regionCode(), "EXAM_VIEW", "EXAM", examId);
        } else {
            access.requireManager(user, "EXAM_VIEW");
        }
        return found;
    }

    /**
     * Creates or updates an exam.
     *
     * @throws cn.gov.egov.portal.learning.exam.ExamException invalid title, policy or window, or a paper that cannot
     *                                                         be made from the bank (the message says which quota)
     */
    @Transactional
    public StoredExam save(PortalUser user, ExamDraft draft) {
        String region = user.regionCode();
        String id = draft.id();
        if (id != null) {
            StoredExam existing = find(user, id).orElseThrow(
                    () -> new cn.gov.egov.portal.learning.exam.ExamException("exam-not-found", "找不到这场考试"));
            region = existing.regionCode();
        } else {
            access.requireManager(user, "EXAM_CREATE");
            id = UUID.randomUUID().toString();
        }
        Exam exam = new Exam(id, SafeText.singleLine(draft.title()), draft.paper(), draft.policy(), draft.opensAt(),
                draft.closesAt());
        PaperAssembler.assemble(exam.paper(), questions.bank(region), LearnerHistory.none(), random);
        Instant now = clock.instant();
        exams.save(exam, region, user.username(), now);
        audit.allowed(user, draft.id() == null ? "EXAM_CREATE" : "EXAM_UPDATE", "EXAM", id, region, exam.title());
        return exams.find(id).orElseThrow();
    }
}
