package cn.gov.egov.portal.learning.exam.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import cn.gov.egov.portal.learning.exam.attempt.ExamPolicy;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.FillInRule;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;
import cn.gov.egov.portal.learning.exam.store.QuestionRepository;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.UserRepository;
import cn.gov.egov.platform.testing.MutableClock;

/** Shared pieces of the exam tests against the real PostgreSQL: a clock the test moves, banks and exams, users. */
public final class ExamTestSupport {

    /** Marker texts that must never reach a learner's page before grading. */
    public static final String SECRET_ACCEPTED = "ACCEPTED-SECRET-7731";
    public static final String SECRET_EXPLANATION = "EXPLANATION-SECRET-4409";
    public static final String XSS = "<script>alert('xss')</script><img src=x onerror=alert(1)>";

    private ExamTestSupport() {
    }

    @TestConfiguration
    public static class ClockConfig {
        @Bean
        @Primary
        public MutableClock mutableClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    /** Three questions (single, true/false, fill-in) with fresh ids, in a fresh category of the region's bank. */
    public static List<Question> addQuestions(QuestionRepository repo, String region, Clock clock) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        CategoryPath cat = CategoryPath.of("测试", tag);
        Question single = Question.single("s-" + tag, cat, "下列哪个是正确的？" + XSS, List.of("甲选项", "乙选项", "丙选项"), 1)
                .withExplanation(SECRET_EXPLANATION);
        Question judge = Question.trueFalse("j-" + tag, cat, "地球是圆的。", true);
        Question fill = Question.fillIn("f-" + tag, cat, "请填写口令。", List.of(SECRET_ACCEPTED), FillInRule.DEFAULT);
        List<Question> all = List.of(single, judge, fill);
        repo.insert(region, all, "test", "test", clock.instant());
        return all;
    }

    public static ExamDraft fixedDraft(List<Question> qs, ExamPolicy policy, Instant opensAt, Instant closesAt) {
        return new ExamDraft(null, "测试考试 " + qs.getFirst().id(),
                PaperSpec.fixed(qs.stream().map(Question::id).toArray(String[]::new)), policy, opensAt, closesAt);
    }

    public static ExamPolicy policy(int minutes, int attempts) {
        return ExamPolicy.defaults().withTimeLimit(Duration.ofMinutes(minutes)).withAttemptsAllowed(attempts);
    }

    public static PortalUser user(UserRepository users, Role role, String region) {
        String name = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        PortalUser u = new PortalUser(UUID.randomUUID(), name, "测试" + role.name(), null, "{noop}x", role, region,
                true);
        users.insert(u);
        return u;
    }
}
