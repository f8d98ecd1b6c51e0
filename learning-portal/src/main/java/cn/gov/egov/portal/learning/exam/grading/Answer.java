package cn.gov.egov.portal.learning.exam.grading;

import cn.gov.egov.portal.learning.exam.ExamException;
import cn.gov.egov.portal.learning.exam.bank.SafeText;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A learner's answer to one question, as the browser may send it: choices are the option letters of the learner's
 * own paper (never option ids), so nothing about the bank leaks through the answer format.
 */
public sealed interface Answer {

    /** Nothing chosen or typed: saving it clears the question. */
    boolean isBlank();

    /** The letters chosen (A–L), sorted, each once. Empty clears the question. */
    record Choice(List<String> labels) implements Answer {
        public Choice {
            TreeSet<String> sorted = new TreeSet<>();
            for (String label : labels) {
                if (label == null || !label.matches("[A-L]")) {
                    throw new ExamException("answer-invalid", "选项只能是 A 到 L 的字母：" + label);
                }
                sorted.add(label);
            }
            labels = List.copyOf(sorted);
        }

        public static Choice of(String... labels) {
            return new Choice(List.of(labels));
        }

        public static Choice of(Collection<String> labels) {
            return new Choice(List.copyOf(labels));
        }

        @Override
        public boolean isBlank() {
            return labels.isEmpty();
        }
    }

    /** 对 (true) or 错 (false). */
    record TrueFalse(boolean value) implements Answer {
        @Override
        public boolean isBlank() {
            return false;
        }
    }

    /** A typed answer, at most 500 characters, stored as typed (after {@link SafeText#plain}). */
    record Text(String value) implements Answer {

        public static final int MAX_LENGTH = 500;

        public Text {
            value = SafeText.plain(value);
            if (value.length() > MAX_LENGTH) {
                throw new ExamException("answer-too-long", "填空答案不能超过 " + MAX_LENGTH + " 个字符");
            }
        }

        @Override
        public boolean isBlank() {
            return value.isEmpty();
        }
    }
}
