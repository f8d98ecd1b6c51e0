package cn.gov.egov.portal.learning.rules.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;

import cn.gov.egov.portal.learning.rules.LearningRulesException;

/**
 * 保存 of a 学时规则 panel: runs the save, then says 已保存 and reloads the screen, or shows the service's refusal in
 * the panel's error line (nothing is saved then).
 */
final class SaveButton {

    private SaveButton() {
    }

    static Button create(Span error, String name, Runnable save, Runnable reload) {
        Button button = new Button(error.getTranslation("rules.save"), e -> {
            try {
                save.run();
                error.setText("");
                Notification.show(error.getTranslation("rules.saved"), 3000, Notification.Position.BOTTOM_START);
                reload.run();
            } catch (LearningRulesException ex) {
                error.setText(error.getTranslation("rules.error." + ex.code(), ex.args()));
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName(name + "-save");
        error.addClassName(name + "-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        return button;
    }
}
