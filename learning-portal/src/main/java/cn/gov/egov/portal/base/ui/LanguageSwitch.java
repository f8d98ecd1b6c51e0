package cn.gov.egov.portal.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;

/** Switches between 简体中文 (the default) and English for this session. */
public class LanguageSwitch extends Button {

    public static final String SESSION_ATTRIBUTE = "portal.locale";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    public LanguageSwitch() {
        boolean english = Locale.ENGLISH.getLanguage().equals(currentLocale().getLanguage());
        setText(english ? "简体中文" : "English");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("language-switch");
        addClickListener(e -> {
            VaadinSession.getCurrent().setAttribute(SESSION_ATTRIBUTE, english ? CHINESE : Locale.ENGLISH);
            UI.getCurrent().getPage().reload();
        });
    }

    /** The session's chosen language, Chinese unless the user chose English. */
    public static Locale currentLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return chosen instanceof Locale l ? l : CHINESE;
    }
}
