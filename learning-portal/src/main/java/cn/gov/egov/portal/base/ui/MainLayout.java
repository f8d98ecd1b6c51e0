package cn.gov.egov.portal.base.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

import cn.gov.egov.portal.audit.ui.AuditView;
import cn.gov.egov.portal.conference.ui.CalendarView;
import cn.gov.egov.portal.conference.ui.RegionsView;
import cn.gov.egov.portal.conference.ui.RoomsView;
import cn.gov.egov.portal.conference.ui.ScheduleView;
import cn.gov.egov.portal.home.ui.HomeView;
import cn.gov.egov.portal.learning.course.ui.CatalogView;
import cn.gov.egov.portal.learning.course.ui.CourseAdminView;
import cn.gov.egov.portal.learning.vod.ui.VodView;
import cn.gov.egov.portal.learning.exam.ui.ExamAdminView;
import cn.gov.egov.portal.learning.exam.ui.ExamTakingView;
import cn.gov.egov.portal.learning.exam.ui.QuestionBankView;
import cn.gov.egov.portal.media.ui.MediaLibraryView;
import cn.gov.egov.portal.people.ui.DepartmentsView;
import cn.gov.egov.portal.people.ui.PeopleView;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.portal.security.PortalPrincipal;

/** The frame of every signed-in page: title, navigation, who is signed in, language, 退出登录. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        // the full name on wide screens, the short one on a phone (styles/portal.css switches them)
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        Span shortTitle = new Span(getTranslation("app.short-name"));
        shortTitle.addClassName("app-title-short");

        String who = authentication.getAuthenticatedUser(PortalPrincipal.class)
                .map(p -> p.user().displayName()).orElse("");
        Span user = new Span(who);
        user.addClassName("current-user");
        Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");
        // on a phone only the icon shows: the name stays for screen readers and as a tooltip
        logout.setAriaLabel(getTranslation("nav.logout"));
        logout.setTooltipText(getTranslation("nav.logout"));

        HorizontalLayout right = new HorizontalLayout(user, new LanguageSwitch(), logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.addClassName("header-actions");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, shortTitle, right);
        header.addClassName("app-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.courses"), CatalogView.class, VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.vod"), VodView.class, VaadinIcon.FILM.create()));
        Role role = authentication.getAuthenticatedUser(PortalPrincipal.class).map(PortalPrincipal::role)
                .orElse(Role.LEARNER);
        boolean admin = role == Role.REGION_ADMIN || role == Role.SYSTEM_ADMIN;
        nav.addItem(new SideNavItem(getTranslation("nav.exams"), ExamTakingView.class, VaadinIcon.EDIT.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.certificates"), cn.gov.egov.portal.learning.certificate.ui.MyCertificatesView.class, VaadinIcon.DIPLOMA.create()));
        if (role == Role.COURSE_ADMIN || role == Role.SYSTEM_ADMIN) {
            nav.addItem(new SideNavItem(getTranslation("nav.media"), MediaLibraryView.class,
                    VaadinIcon.FILM.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.course-admin"), CourseAdminView.class,
                    VaadinIcon.EDIT.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.exam-bank"), QuestionBankView.class, VaadinIcon.BOOK.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.exam-admin"), ExamAdminView.class, VaadinIcon.DIPLOMA.create()));
        }
        if (admin) {
            nav.addItem(new SideNavItem(getTranslation("nav.calendar"), CalendarView.class,
                    VaadinIcon.CALENDAR.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.schedule"), ScheduleView.class,
                    VaadinIcon.PLUS_CIRCLE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.rooms"), RoomsView.class, VaadinIcon.OFFICE.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.regions"), RegionsView.class, VaadinIcon.SITEMAP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditView.class, VaadinIcon.CLIPBOARD_TEXT.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.people"), PeopleView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.departments"), DepartmentsView.class, VaadinIcon.SITEMAP.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.learning-rules"), cn.gov.egov.portal.learning.rules.ui.LearningRulesView.class, VaadinIcon.SCALE.create()));
        }
        if (role != Role.LEARNER) { // 学习统计: region, course and system administrators (docs/reports.md)
            nav.addItem(new SideNavItem(getTranslation("nav.reports"), cn.gov.egov.portal.learning.report.ui.ReportsView.class, VaadinIcon.CHART.create()));
        }
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
