package cn.gov.egov.portal.security.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;

import cn.gov.egov.portal.security.PasswordChange;
import cn.gov.egov.portal.security.PortalPrincipal;

/** An account that must change its initial password is sent to 修改密码 whatever page it asks for. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final PasswordChange passwords;
    private final AuthenticationContext authentication;

    PasswordChangeGuard(PasswordChange passwords, AuthenticationContext authentication) {
        this.passwords = passwords;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getNavigationTarget() == ChangePasswordView.class
                    || enter.getNavigationTarget() == LoginView.class) {
                return;
            }
            authentication.getAuthenticatedUser(PortalPrincipal.class)
                    .filter(p -> passwords.mustChange(p.getUsername()))
                    .ifPresent(p -> enter.forwardTo(ChangePasswordView.class));
        }));
    }
}
