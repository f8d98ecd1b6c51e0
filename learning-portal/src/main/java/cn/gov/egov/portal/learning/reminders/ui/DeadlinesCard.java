package cn.gov.egov.portal.learning.reminders.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import cn.gov.egov.portal.learning.reminders.RequiredCourse;

/**
 * The home page's 必修课程截止提醒 card: the learner's open required courses, earliest deadline first, each with its
 * deadline and days left and a link to the course. Due within 7 days: bold, in the warning colour; overdue: red,
 * marked 逾期. This is the in-portal reminder; the e-mail reminders say the same.
 */
public class DeadlinesCard extends Div {

    public DeadlinesCard(List<RequiredCourse> open) {
        addClassName("deadlines-card");
        add(new H3(getTranslation("reminders.title")));
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("reminders.none")));
        }
        for (RequiredCourse c : open) {
            Div line = new Div();
            line.addClassName("required-course");
            Anchor link = new Anchor("courses/" + c.courseId(), c.title());
            link.addClassName("required-course-link");
            Span when = new Span(getTranslation("reminders.deadline", c.deadline().toString()) + " · " + left(c));
            when.addClassName("required-course-when");
            when.getStyle().set("margin-left", "var(--lumo-space-s)");
            if (c.overdue()) {
                line.addClassName("overdue");
                when.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
            } else if (c.dueSoon()) {
                line.addClassName("due-soon");
                when.getStyle().set("color", "var(--lumo-warning-text-color, #a35200)").set("font-weight", "600");
            }
            line.add(link, when);
            add(line);
        }
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "min(40rem, 100%)")
                .set("box-sizing", "border-box");
    }

    private String left(RequiredCourse c) {
        if (c.overdue()) {
            return getTranslation("reminders.overdue", Long.toString(-c.daysLeft()));
        }
        return c.daysLeft() == 0 ? getTranslation("reminders.due-today")
                : getTranslation("reminders.days-left", Long.toString(c.daysLeft()));
    }
}
