package cn.gov.egov.portal.learning.ledger.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;

import cn.gov.egov.portal.learning.hours.HourCategory;
import cn.gov.egov.portal.learning.hours.YearProgress;
import cn.gov.egov.portal.learning.playback.CoursesInProgress.CourseInProgress;

/**
 * The home page's 我的学习 card: this year's learning hours against the requirement (required / elective) and the
 * courses in progress, each linking to its next lesson.
 */
public class LearningCard extends Div {

    public LearningCard(YearProgress progress, List<CourseInProgress> courses) {
        addClassName("learning-card");
        add(new H3(getTranslation("home.learning.title")));
        Paragraph summary = new Paragraph(getTranslation("hours.summary", Integer.toString(progress.year().getValue()),
                progress.total().toPlainString(), progress.requirement().total().toPlainString(),
                progress.percent().toPlainString()));
        summary.addClassName("hours-summary");
        ProgressBar bar = new ProgressBar(0, 100, progress.percent().doubleValue());
        Paragraph split = new Paragraph(
                getTranslation("hours.required", progress.earnedRequired().toPlainString(),
                        progress.requirement().target(HourCategory.REQUIRED).toPlainString()) + " · "
                + getTranslation("hours.elective", progress.earnedElective().toPlainString(),
                        progress.requirement().target(HourCategory.ELECTIVE).toPlainString()));
        split.addClassName("hours-split");
        Paragraph pace = new Paragraph(progress.onTrack() ? getTranslation("hours.on-track")
                : getTranslation("hours.behind", progress.expectedByDate().toPlainString()));
        pace.addClassName("hours-pace");
        add(summary, bar, split, pace);
        if (courses.isEmpty()) {
            add(new Paragraph(getTranslation("home.learning.none")));
        } else {
            add(new H4(getTranslation("hours.in-progress")));
            for (CourseInProgress c : courses) {
                String text = getTranslation("hours.course.line", c.title(), c.percent());
                Div line = new Div();
                line.addClassName("course-in-progress");
                if (c.nextLessonId() != null) {
                    line.add(new Anchor("learn/lesson/" + c.nextLessonId(), text));
                } else {
                    line.setText(text);
                }
                add(line);
            }
        }
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("width", "min(40rem, 100%)")
                .set("box-sizing", "border-box");
    }
}
