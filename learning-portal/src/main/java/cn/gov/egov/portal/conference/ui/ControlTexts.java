package cn.gov.egov.portal.conference.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;

import cn.gov.egov.portal.base.ui.LanguageSwitch;
import cn.gov.egov.portal.conference.ApiProblem;
import cn.gov.egov.region.RegionTree;

/** Texts and small pieces of the control panel (会控): refusals, badges, confirmations. */
final class ControlTexts {

    private ControlTexts() {
    }

    /**
     * Why conference-server refused a control command: its own Chinese message for a Chinese user (it may name the
     * venue), else a translation of the code, else the portal's usual problem text.
     */
    static String refusal(Component c, ApiProblem p) {
        Locale locale = c.getUI().map(UI::getLocale).orElseGet(LanguageSwitch::currentLocale);
        boolean chinese = locale == null || "zh".equals(locale.getLanguage());
        if (chinese && isChinese(p.detail())) {
            return p.detail();
        }
        String key = "control.problem." + p.code();
        String text = c.getTranslation(key);
        return text.startsWith("!{") || text.equals(key) ? Problems.describe(c, p) : text;
    }

    /** Whether the text is (partly) in Chinese: control refusals are, most other server messages are English. */
    static boolean isChinese(String text) {
        return text != null && text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                == Character.UnicodeScript.HAN);
    }

    /** A small coloured label; {@code kind} is its CSS class (main, muted, camera-off, hand, shown, thin, state). */
    static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.addClassNames("control-badge", kind);
        return badge;
    }

    static String regionName(RegionTree regions, String code) {
        return code == null ? "" : regions.find(code).map(r -> r.name()).orElse(code);
    }

    /** A small button of the panel. */
    static Button button(String text, String className, Runnable action) {
        Button b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.addClassName(className);
        return b;
    }

    /** Asks before something that cannot be undone at once (移出, 结束会议); runs {@code action} on yes. */
    static void confirm(Component c, String header, String text, String confirmText, String confirmId,
                        Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        Button confirm = new Button(confirmText, e -> {
            dialog.close();
            action.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId(confirmId);
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.setCancelText(c.getTranslation("action.cancel"));
        dialog.open();
    }
}
