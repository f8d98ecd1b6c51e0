package cn.gov.egov.portal.learning.exam.bank;

import cn.gov.egov.portal.learning.exam.ExamException;

/**
 * One option of a choice question. The id is internal (stable across shuffles, used by the answer key); the
 * browser only ever sees the option's letter on the learner's paper.
 */
public record ChoiceOption(String id, String text) {

    public static final int MAX_TEXT = 1000;

    public ChoiceOption {
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new ExamException("option-invalid", "选项编号无效：" + id);
        }
        text = SafeText.plain(text);
        if (text.isEmpty()) {
            throw new ExamException("option-empty", "选项内容不能为空");
        }
        if (text.length() > MAX_TEXT) {
            throw new ExamException("option-too-long", "选项内容不能超过 " + MAX_TEXT + " 个字符");
        }
    }
}
