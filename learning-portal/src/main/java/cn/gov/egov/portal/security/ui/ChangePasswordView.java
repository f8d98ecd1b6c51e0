package cn.gov.egov.portal.security.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.home.ui.HomeView;
import cn.gov.egov.portal.security.PasswordChange;

/** 修改密码 — required after the first log-in with an initial password; open to every signed-in user. */
@Route(value = "account/password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Paragraph message = new Paragraph();

    public ChangePasswordView(PasswordChange passwords, CurrentUser currentUser) {
        String username = currentUser.get().username();
        addClassName("change-password-view");
        setMaxWidth("28rem");
        getStyle().set("margin", "0 auto");
        current.setLabel(getTranslation("password.current"));
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rule"));
        repeat.setLabel(getTranslation("password.repeat"));
        for (PasswordField f : new PasswordField[] {current, next, repeat}) {
            f.setWidthFull();
        }
        message.addClassName("password-message");
        Button save = new Button(getTranslation("password.save"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                message.setText(getTranslation("password.error.repeat"));
                return;
            }
            String error = passwords.change(username, current.getValue(), next.getValue());
            if (error != null) {
                message.setText(getTranslation(error));
                return;
            }
            Notification.show(getTranslation("password.changed")).addThemeVariants(
                    NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(HomeView.class));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("password-save");
        add(new H2(getTranslation("password.title")), new Paragraph(getTranslation(
                passwords.mustChange(username) ? "password.must" : "password.help")), current, next, repeat,
                message, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
