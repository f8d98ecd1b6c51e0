package cn.gov.egov.portal.learning.exam.bank;

import cn.gov.egov.portal.learning.exam.ExamException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What is right for a question. Server-side only: no view ever carries it before the review options allow. */
public sealed interface AnswerKey {

    /** The right options of a single (exactly one) or multiple (one or more) choice question, by option id. */
    record Choices(Set<String> correctOptionIds) implements AnswerKey {
        public Choices {
            correctOptionIds = Set.copyOf(new TreeSet<>(correctOptionIds));
        }
    }

    /** The right judgement of a true/false question. */
    record Judgement(boolean value) implements AnswerKey {
    }

    /** The accepted texts of a fill-in question, compared after {@link FillInRule} normalisation. */
    record Accepted(List<String> answers, FillInRule rule) implements AnswerKey {

        public static final int MAX_ANSWERS = 20;
        public static final int MAX_LENGTH = 200;

        public Accepted {
            if (rule == null) {
                throw new ExamException("answer-key-invalid", "填空题缺少比对规则");
            }
            List<String> clean = new ArrayList<>();
            for (String answer : answers) {
                String text = SafeText.singleLine(answer == null ? "" : answer);
                if (text.length() > MAX_LENGTH) {
                    throw new ExamException("accepted-answer-too-long", "填空题答案不能超过 " + MAX_LENGTH + " 个字符");
                }
                if (!rule.normalise(text).isEmpty() && clean.stream().noneMatch(rule.matcher(text))) {
                    clean.add(text);
                }
            }
            if (clean.isEmpty()) {
                throw new ExamException("no-accepted-answer", "填空题至少需要一个非空的正确答案");
            }
            if (clean.size() > MAX_ANSWERS) {
                throw new ExamException("too-many-accepted-answers", "填空题的正确答案不能超过 " + MAX_ANSWERS + " 个");
            }
            answers = List.copyOf(clean);
        }

        /** True when {@code given} equals one of the accepted answers after normalisation. */
        public boolean accepts(String given) {
            String normalised = rule.normalise(given == null ? "" : given);
            return !normalised.isEmpty() && answers.stream().anyMatch(a -> rule.normalise(a).equals(normalised));
        }
    }
}
