package cn.gov.egov.portal.learning.course.ui;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.learning.course.AssignmentEditor;
import cn.gov.egov.portal.learning.course.Course;
import cn.gov.egov.portal.learning.course.CourseAdmin;
import cn.gov.egov.portal.learning.course.CourseCategory;
import cn.gov.egov.portal.learning.course.CourseException;
import cn.gov.egov.portal.learning.course.LessonEditor;
import cn.gov.egov.portal.learning.document.DocumentUploads;
import cn.gov.egov.portal.media.MediaLibrary;
import cn.gov.egov.portal.security.PortalUser;

/**
 * Create or edit a course ({@code /admin/courses/new} or {@code /admin/courses/{id}}): its fields, publish /
 * unpublish, its lessons and its required-course assignments. Everything is checked again by the services.
 */
@Route(value = "admin/courses", layout = MainLayout.class)
@RolesAllowed({"COURSE_ADMIN", "SYSTEM_ADMIN"})
public class CourseEditorView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CourseAdmin admin;
    private final PortalUser user;
    private final List<CourseCategory> categories;
    final H2 heading = new H2();
    final Span status = new Span();
    final CourseForm form;
    final Button save = new Button();
    final Button publish = new Button();
    final Button unpublish = new Button();
    final Anchor view = new Anchor();
    final LessonsPanel lessons;
    final AssignmentsPanel assignments;
    private final FlexLayout categoryBar;
    private Course course;
    private Registration polling;

    public CourseEditorView(CourseAdmin admin, LessonEditor lessonEditor, AssignmentEditor assignmentEditor,
                            MediaLibrary media, DocumentUploads documents, CurrentUser currentUser) {
        this.admin = admin;
        this.user = currentUser.get();
        this.categories = new java.util.ArrayList<>(admin.categories());
        addClassName("course-editor");
        setMaxWidth("1200px");
        form = new CourseForm(categories);
        lessons = new LessonsPanel(lessonEditor, media, documents, user);
        assignments = new AssignmentsPanel(assignmentEditor, user);
        save.setText(getTranslation("course.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClassName("course-save");
        publish.setText(getTranslation("course.publish"));
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(e -> {
            if (CourseTexts.attempt(this, () -> show(admin.publish(user, course.id())))) {
                CourseTexts.notice(getTranslation("course.published"), NotificationVariant.LUMO_SUCCESS);
            }
        });
        publish.addClassName("course-publish");
        unpublish.setText(getTranslation("course.unpublish"));
        unpublish.addClickListener(e -> {
            if (CourseTexts.attempt(this, () -> show(admin.unpublish(user, course.id())))) {
                CourseTexts.notice(getTranslation("course.unpublished"), NotificationVariant.LUMO_CONTRAST);
            }
        });
        unpublish.addClassName("course-unpublish");
        view.setText(getTranslation("course.view"));
        status.getElement().getThemeList().add("badge");
        status.addClassName("course-status");
        FlexLayout actions = new FlexLayout(save, publish, unpublish, view);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.setAlignItems(Alignment.CENTER);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        categoryBar = categoryBar();
        add(new RouterLink(getTranslation("course.editor.back"), CourseAdminView.class), heading, status, form,
                categoryBar, actions, lessons, assignments);
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        if ("new".equals(id)) {
            course = null;
            heading.setText(getTranslation("course.editor.title.new"));
            status.setVisible(false);
            publish.setVisible(false);
            unpublish.setVisible(false);
            view.setVisible(false);
            lessons.setVisible(false);
            assignments.setVisible(false);
            return;
        }
        try {
            show(admin.get(user, UUID.fromString(id)));
            form.show(course, categories);
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        } catch (CourseException | AccessDeniedException e) {
            removeAll(); // another region's course: the refusal is audited by the service
            H2 refused = new H2(CourseTexts.error(this, e));
            refused.addClassName("course-refused");
            add(new RouterLink(getTranslation("course.editor.back"), CourseAdminView.class), refused);
        }
    }

    private void show(Course c) {
        course = c;
        heading.setText(getTranslation("course.editor.title", c.title()));
        status.setText(getTranslation("course.status." + c.status().name()));
        status.setVisible(true);
        publish.setVisible(!c.published());
        unpublish.setVisible(c.published());
        view.setHref("/courses/" + c.id());
        view.setVisible(true);
        lessons.setVisible(true);
        assignments.setVisible(true);
        lessons.show(c);
        assignments.show(c);
    }

    private void save() {
        if (course == null) {
            CourseTexts.attempt(this, () -> {
                Course created = admin.create(user, form.draft(), null);
                CourseTexts.notice(getTranslation("course.saved"), NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(CourseEditorView.class, created.id().toString()));
            });
        } else if (CourseTexts.attempt(this, () -> show(admin.update(user, course.id(), form.draft())))) {
            CourseTexts.notice(getTranslation("course.saved"), NotificationVariant.LUMO_SUCCESS);
        }
    }

    private FlexLayout categoryBar() {
        TextField name = new TextField();
        name.setPlaceholder(getTranslation("course.category.name"));
        name.setMaxLength(50);
        Button add = new Button(getTranslation("course.category.add"), VaadinIcon.PLUS.create(), e -> {
            if (CourseTexts.attempt(this, () -> {
                CourseCategory c = admin.addCategory(user, name.getValue());
                categories.add(c);
                form.category.setItems(categories);
                form.category.setValue(c);
                CourseTexts.notice(getTranslation("course.category.added", c.name()),
                        NotificationVariant.LUMO_SUCCESS);
            })) {
                name.clear();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout bar = new FlexLayout(name, add);
        bar.setAlignItems(Alignment.CENTER);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        return bar;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // follow transcode progress while a video of the library is queued or running
        polling = event.getUI().addPollListener(e -> {
            if (course != null) {
                lessons.refresh(); // sets the next poll, or stops polling
            } else {
                event.getUI().setPollInterval(-1);
            }
        });
        event.getUI().setPollInterval(course != null && lessons.transcoding() ? LessonsPanel.POLL_MILLIS : -1);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return course == null ? getTranslation("course.editor.title.new")
                : getTranslation("course.editor.title", course.title());
    }
}
