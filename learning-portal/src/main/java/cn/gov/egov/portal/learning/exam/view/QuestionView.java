package cn.gov.egov.portal.learning.exam.view;

import cn.gov.egov.portal.learning.exam.bank.QuestionType;
import cn.gov.egov.portal.learning.exam.bank.SafeText;
import cn.gov.egov.portal.learning.exam.paper.PaperQuestion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A question as the browser may see it during an attempt: no answer key, no accepted answers, no explanation, no
 * option ids — only what is printed on the learner's paper. True/false questions have no options (the page shows
 * 对/错); fill-in questions have none (a text box).
 *
 * @param number   1-based position on the paper
 * @param stem     plain text: render with text APIs only
 * @param stemHtml the same text escaped (newlines as {@code <br>}), the only form safe for {@code innerHTML}
 * @param points   marks for this question on this paper
 */
public record QuestionView(String questionId, int number, QuestionType type, String typeName, String stem,
                           String stemHtml, List<OptionView> options, BigDecimal points) {

    public QuestionView {
        options = List.copyOf(options);
    }

    public static QuestionView of(PaperQuestion question, int number) {
        List<OptionView> options = new ArrayList<>();
        var ordered = question.orderedOptions();
        for (int i = 0; i < ordered.size(); i++) {
            String text = ordered.get(i).text();
            options.add(new OptionView(PaperQuestion.label(i), text, SafeText.toHtml(text)));
        }
        var q = question.question();
        return new QuestionView(q.id(), number, q.type(), q.type().chinese(), q.stem(), SafeText.toHtml(q.stem()),
                options, question.points());
    }
}
