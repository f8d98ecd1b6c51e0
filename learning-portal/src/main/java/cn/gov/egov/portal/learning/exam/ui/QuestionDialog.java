package cn.gov.egov.portal.learning.exam.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;

import cn.gov.egov.portal.learning.exam.bank.AnswerKey;
import cn.gov.egov.portal.learning.exam.bank.ChoiceOption;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.store.StoredQuestion;

/** One question for its administrator: stem, options with the right ones marked, key and explanation — as text. */
final class QuestionDialog extends Dialog {

    QuestionDialog(StoredQuestion stored, Runnable deactivate) {
        Question q = stored.question();
        setHeaderTitle(q.name());
        setWidth("min(48rem, 95vw)");
        add(line(getTranslation("exam.bank.view.meta", q.type().chinese(), q.category().toString(),
                q.points().toPlainString())));
        add(line(q.stem()));
        switch (q.key()) {
            case AnswerKey.Choices c -> {
                for (ChoiceOption o : q.options()) {
                    add(line((c.correctOptionIds().contains(o.id()) ? "✓ " : "   ") + o.text()));
                }
            }
            case AnswerKey.Judgement j -> add(line(getTranslation("exam.bank.view.key",
                    getTranslation(j.value() ? "exam.true" : "exam.false"))));
            case AnswerKey.Accepted a -> add(line(getTranslation("exam.bank.view.key", String.join(" / ", a.answers()))));
        }
        if (!q.explanation().isEmpty()) {
            add(line(getTranslation("exam.review.explanation", q.explanation())));
        }
        Button remove = new Button(getTranslation("exam.bank.deactivate"), e -> {
            deactivate.run();
            close();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(remove, new Button(getTranslation("exam.close"), e -> close()));
    }

    private static Span line(String text) {
        Span s = new Span(text);
        s.getStyle().set("display", "block").set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        return s;
    }
}
