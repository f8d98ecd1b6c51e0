package cn.gov.egov.portal.learning.exam;

import cn.gov.egov.portal.learning.exam.attempt.Exam;
import cn.gov.egov.portal.learning.exam.attempt.ExamPolicy;
import cn.gov.egov.portal.learning.exam.bank.AnswerKey;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.FillInRule;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.QuestionBank;
import cn.gov.egov.portal.learning.exam.grading.Answer;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;
import cn.gov.egov.portal.learning.exam.paper.PaperSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small bank for the exam tests. 安全生产/法规: 6 single (law-s1…6), 3 multiple (law-m1…3), 4 true/false
 * (law-t1…4); 安全生产/消防: 3 single (fire-s1…3), 2 true/false (fire-t1…2); 廉政: 2 fill-in (eth-f1…2), 2 single
 * (eth-s1…2). Single choice: the right option is the first ({@code o1}); multiple: o1 and o3 of four.
 */
public final class ExamSamples {

    public static final CategoryPath SAFETY = CategoryPath.of("安全生产");
    public static final CategoryPath LAW = SAFETY.child("法规");
    public static final CategoryPath FIRE = SAFETY.child("消防");
    public static final CategoryPath ETHICS = CategoryPath.of("廉政");

    private ExamSamples() {
    }

    public static QuestionBank bank() {
        List<Question> qs = new ArrayList<>();
        singles(qs, "law-s", LAW, 6);
        for (int i = 1; i <= 3; i++) {
            qs.add(Question.multiple("law-m" + i, LAW, "多选题 " + i, List.of("对一", "错一", "对二", "错二"),
                    Set.of(0, 2)).withExplanation("多选解析 " + i));
        }
        for (int i = 1; i <= 4; i++) {
            qs.add(Question.trueFalse("law-t" + i, LAW, "判断题 " + i, i % 2 == 1));
        }
        singles(qs, "fire-s", FIRE, 3);
        qs.add(Question.trueFalse("fire-t1", FIRE, "消防判断 1", true));
        qs.add(Question.trueFalse("fire-t2", FIRE, "消防判断 2", false));
        qs.add(Question.fillIn("eth-f1", ETHICS, "中央八项规定出台于____年。", List.of("2012"), FillInRule.DEFAULT));
        qs.add(Question.fillIn("eth-f2", ETHICS, "“四风”之一：____主义。", List.of("形式", "官僚"),
                FillInRule.DEFAULT));
        singles(qs, "eth-s", ETHICS, 2);
        return QuestionBank.of(qs);
    }

    /** 考试 "exam-1": a fixed paper law-s1, law-m1, law-t1 (true), eth-f1 ("2012"); open from T0, never closes. */
    public static Exam exam(ExamPolicy policy) {
        return new Exam("exam-1", "安全生产法规测试", PaperSpec.fixed("law-s1", "law-m1", "law-t1", "eth-f1"), policy,
                T0, null);
    }

    public static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    /** The right answer to a question on a paper, in the learner's letters. */
    public static Answer rightAnswer(PaperQuestion q) {
        return switch (q.question().key()) {
            case AnswerKey.Choices c -> Answer.Choice.of(q.correctLabels());
            case AnswerKey.Judgement(boolean value) -> new Answer.TrueFalse(value);
            case AnswerKey.Accepted a -> new Answer.Text(a.answers().getFirst());
        };
    }

    /** A wrong answer to a choice or true/false question; a wrong text for fill-in. */
    public static Answer wrongAnswer(PaperQuestion q) {
        return switch (q.question().key()) {
            case AnswerKey.Choices c -> Answer.Choice.of(
                    q.optionOrder().stream().filter(id -> !c.correctOptionIds().contains(id)).findFirst()
                            .map(q::labelOf).orElseThrow());
            case AnswerKey.Judgement(boolean value) -> new Answer.TrueFalse(!value);
            case AnswerKey.Accepted a -> new Answer.Text("不对的答案");
        };
    }

    private static void singles(List<Question> qs, String prefix, CategoryPath category, int n) {
        for (int i = 1; i <= n; i++) {
            qs.add(Question.single(prefix + i, category, "单选题 " + prefix + i, List.of("正确项", "干扰项甲",
                    "干扰项乙", "干扰项丙"), 0).withExplanation("解析 " + prefix + i));
        }
    }
}
