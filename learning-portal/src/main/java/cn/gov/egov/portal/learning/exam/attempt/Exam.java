package cn.gov.egov.portal.learning.exam.attempt;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;

import java.time.Instant;
import java.util.Objects;

/**
 * A published exam: its paper spec, its policy and when it may be sat.
 *
 * @param opensAt  attempts may start from here on
 * @param closesAt attempts may start until just before here, and every deadline falls at or before it; null for an
 *                 exam that never closes
 */
public record Exam(String id, String title, PaperSpec paper, ExamPolicy policy, Instant opensAt, Instant closesAt) {

    public Exam {
        if (id == null || !id.matches("[A-Za-z0-9_.:-]{1,64}")) {
            throw new ExamException("exam-id-invalid", "考试编号无效：" + id);
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new ExamException("exam-title-invalid", "考试名称不能为空，且不超过 200 个字符");
        }
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(opensAt, "opensAt");
        if (closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new ExamException("exam-window-invalid", "考试结束时间必须晚于开始时间");
        }
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && !isClosedAt(now);
    }

    public boolean isClosedAt(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    /** What a learner may see of a finished attempt now: the wider level once the exam has closed. */
    public ReviewLevel reviewLevelAt(Instant now) {
        return isClosedAt(now) ? policy.reviewAfterClose() : policy.reviewAfterSubmit();
    }

    public Exam withPolicy(ExamPolicy value) {
        return new Exam(id, title, paper, value, opensAt, closesAt);
    }
}
