package cn.gov.egov.portal.learning.course.ui;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.learning.course.Course;
import cn.gov.egov.portal.learning.course.CourseCatalog;
import cn.gov.egov.portal.learning.course.Lesson;
import cn.gov.egov.portal.learning.course.LessonKind;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.RegionTree;

/**
 * A course for a learner ({@code /courses/{id}}): summary and lessons in order. A video lesson is a plain link to
 * {@code /learn/lesson/{lessonId}}, the player page with verified progress; a document lesson to
 * {@code /learn/document/{lessonId}}, the PDF viewer. All text is set as text, never markup.
 */
@Route(value = "courses", layout = MainLayout.class)
@PermitAll
public class CourseView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CourseCatalog catalog;
    private final RegionTree regions;
    private final PortalUser user;
    private String title = "";

    public CourseView(CourseCatalog catalog, CurrentUser currentUser, RegionTree regions) {
        this.catalog = catalog;
        this.regions = regions;
        this.user = currentUser.get();
        addClassName("course-page");
        setMaxWidth("960px");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        Course course = parse(id) == null ? null : catalog.course(user, parse(id)).orElse(null);
        if (course == null) {
            title = getTranslation("course.page.missing");
            add(new H2(title));
            return;
        }
        title = course.title();
        H2 heading = new H2(course.title());
        heading.addClassName("course-title");
        Span meta = new Span(getTranslation("course.page.meta", course.categoryName(),
                getTranslation("course.kind." + course.kind().name()), course.year(),
                regions.find(course.regionCode()).map(r -> r.name()).orElse(course.regionCode())));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div summary = new Div();
        summary.setText(course.summary());
        summary.addClassName("course-summary");
        summary.getStyle().set("white-space", "pre-wrap");
        add(heading, meta);
        if (!course.published()) {
            Paragraph draft = new Paragraph(getTranslation("course.page.draft"));
            draft.addClassName("course-draft-note");
            add(draft);
        }
        add(summary, new H3(getTranslation("course.page.lessons")));
        List<Lesson> lessons = catalog.lessons(user, course.id());
        if (lessons.isEmpty()) {
            add(new Paragraph(getTranslation("course.page.no-lessons")));
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("course-lessons");
        lessons.forEach(l -> list.add(item(l)));
        add(list);
    }

    private Component item(Lesson l) {
        ListItem item = new ListItem();
        item.addClassName("course-lesson");
        Span kind = new Span(getTranslation("course.lesson.kind." + l.kind().name()));
        kind.getElement().getThemeList().add("badge");
        Component name;
        if (l.kind() == LessonKind.VIDEO) {
            Anchor link = new Anchor("/learn/lesson/" + l.id(), l.title());
            link.addClassName("lesson-link");
            name = link;
        } else if (l.kind() == LessonKind.DOCUMENT) {
            Anchor link = new Anchor("/learn/document/" + l.id(), l.title());
            link.addClassName("lesson-link");
            name = link;
        } else if (l.kind() == LessonKind.EXAM && l.examId() != null) {
            Anchor link = new Anchor("/exams/" + l.examId(), l.title());
            link.addClassName("lesson-link");
            name = link;
        } else {
            name = new Span(l.title());
        }
        item.add(kind, new Span(" "), name);
        if (l.durationSeconds() != null && l.durationSeconds() > 0) {
            Span minutes = new Span(" · " + getTranslation("course.lesson.minutes",
                    Math.max(1, Math.round(l.durationSeconds() / 60.0))));
            minutes.getStyle().set("color", "var(--lumo-secondary-text-color)");
            item.add(minutes);
        }
        return item;
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
