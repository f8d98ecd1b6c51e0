package cn.gov.egov.portal.learning.course.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import cn.gov.egov.portal.learning.course.CourseException;
import cn.gov.egov.portal.learning.course.PublishRefusedException;

/** Texts shared by the course and VOD screens: translated errors and notices. */
public final class CourseTexts {

    private CourseTexts() {
    }

    /** The user's language text for a refused action. */
    public static String error(Component c, RuntimeException e) {
        if (e instanceof PublishRefusedException p) {
            return c.getTranslation("course.error." + p.code(), p.first().position(), p.first().lessonTitle());
        }
        if (e instanceof CourseException ce) {
            return c.getTranslation("course.error." + ce.code());
        }
        if (e instanceof AccessDeniedException) {
            return c.getTranslation("course.error.denied");
        }
        throw e;
    }

    /** Runs an action; a refusal (rule or authority) becomes an error notice instead of an error page. */
    public static boolean attempt(Component c, Runnable action) {
        try {
            action.run();
            return true;
        } catch (CourseException | AccessDeniedException e) {
            notice(error(c, e), NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    public static void notice(String text, NotificationVariant variant) {
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
        n.addClassName("course-notice");
    }
}
