package cn.gov.egov.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Page object of /login. */
public final class LoginPage {

    private final Page page;
    private final String baseUrl;

    public LoginPage(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    public LoginPage open() {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name='username']").waitFor();
        return this;
    }

    /** Fills the form and submits; the browser then lands on the home page or back on /login?error. */
    public void signIn(String username, String password) {
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录").setExact(true)).click();
        page.waitForLoadState();
    }

    public Locator error() {
        // the form's own message comes first; each field also has an (empty) error-message part
        return page.locator("vaadin-login-form [part='error-message']").first();
    }
}
