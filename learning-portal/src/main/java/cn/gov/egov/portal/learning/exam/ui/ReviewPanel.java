package cn.gov.egov.portal.learning.exam.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import cn.gov.egov.portal.learning.exam.view.AnswerView;
import cn.gov.egov.portal.learning.exam.view.CorrectAnswerView;
import cn.gov.egov.portal.learning.exam.view.QuestionReview;
import cn.gov.egov.portal.learning.exam.view.ReviewView;

/** A finished attempt, showing exactly what its {@link ReviewView} carries (the review options decided that). */
final class ReviewPanel extends Div {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    ReviewPanel(ReviewView review) {
        addClassName("exam-review");
        setWidthFull();
        add(new H3(getTranslation("exam.review.title", review.attemptNumber())));
        add(new Paragraph(getTranslation("exam.review.status", getTranslation("exam.status." + review.status().name()),
                TIME.format(review.submittedAt()))));
        if (review.points() != null) {
            Paragraph score = new Paragraph(getTranslation("exam.review.score", review.points().toPlainString(),
                    review.maxPoints().toPlainString(), review.percent().toPlainString(),
                    getTranslation(Boolean.TRUE.equals(review.passed()) ? "exam.passed" : "exam.failed")));
            score.addClassName("exam-score");
            add(score);
        }
        for (QuestionReview q : review.questions()) {
            add(question(q));
        }
        if (!review.notice().isEmpty()) {
            add(new Paragraph(review.notice()));
        }
    }

    private Div question(QuestionReview q) {
        Div box = new Div();
        box.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Span stem = new Span(q.question().number() + ". " + q.question().stem());
        stem.getStyle().set("white-space", "pre-wrap").set("display", "block").set("overflow-wrap", "anywhere");
        box.add(stem);
        q.question().options().forEach(o -> box.add(line(o.label() + ". " + o.text())));
        box.add(line(getTranslation("exam.review.your-answer", answer(q.yourAnswer()))));
        box.add(line(getTranslation("exam.review.marked", getTranslation("exam.correctness." + q.correctness().name()), q.awarded().toPlainString())));
        if (q.correctAnswer() != null) {
            box.add(line(getTranslation("exam.review.correct-answer", correct(q.correctAnswer()))));
        }
        if (q.explanation() != null && !q.explanation().isEmpty()) {
            box.add(line(getTranslation("exam.review.explanation", q.explanation())));
        }
        return box;
    }

    private Span line(String text) {
        Span s = new Span(text);
        s.getStyle().set("display", "block").set("white-space", "pre-wrap");
        return s;
    }

    private String answer(AnswerView a) {
        if (a == null) {
            return getTranslation("exam.review.unanswered");
        }
        if (a.choices() != null) {
            return String.join("", a.choices());
        }
        if (a.judgement() != null) {
            return getTranslation(a.judgement() ? "exam.true" : "exam.false");
        }
        return a.text();
    }

    private String correct(CorrectAnswerView c) {
        if (c.choices() != null) {
            return String.join("", c.choices());
        }
        if (c.judgement() != null) {
            return getTranslation(c.judgement() ? "exam.true" : "exam.false");
        }
        return String.join(" / ", c.accepted() == null ? List.of() : c.accepted());
    }
}
