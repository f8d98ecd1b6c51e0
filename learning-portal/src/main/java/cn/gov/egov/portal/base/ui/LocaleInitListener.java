package cn.gov.egov.portal.base.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** Every UI starts in the session's language: Simplified Chinese unless the user switched to English. */
@Component
class LocaleInitListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(LanguageSwitch.currentLocale()));
    }
}
