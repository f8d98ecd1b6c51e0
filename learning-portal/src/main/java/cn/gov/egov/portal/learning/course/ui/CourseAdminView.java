package cn.gov.egov.portal.learning.course.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.learning.course.CatalogFilter;
import cn.gov.egov.portal.learning.course.Course;
import cn.gov.egov.portal.learning.course.CourseAdmin;
import cn.gov.egov.portal.learning.course.CourseStatus;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.RegionTree;

/** 课程管理 — the courses of the administrator's region subtree, drafts included; a row opens the editor. */
@Route(value = "admin/courses", layout = MainLayout.class)
@RolesAllowed({"COURSE_ADMIN", "SYSTEM_ADMIN"})
public class CourseAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final CourseAdmin admin;
    private final PortalUser user;
    final TextField search = new TextField();
    final Select<CourseStatus> status = new Select<>();
    final Grid<Course> grid = new Grid<>();

    public CourseAdminView(CourseAdmin admin, CurrentUser currentUser, RegionTree regions) {
        this.admin = admin;
        this.user = currentUser.get();
        addClassName("course-admin");
        setSizeFull();
        search.setLabel(getTranslation("course.search"));
        search.setPlaceholder(getTranslation("course.search.placeholder"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        status.setLabel(getTranslation("course.filter.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("course.filter.all"));
        status.setItems(CourseStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("course.filter.all")
                : getTranslation("course.status." + s.name()));
        Button create = new Button(getTranslation("course.admin.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(CourseEditorView.class, "new")));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("course-new");
        FlexLayout bar = new FlexLayout(search, status, create);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.END);
        bar.getStyle().set("gap", "var(--lumo-space-s)");

        grid.addColumn(Course::title).setHeader(getTranslation("course.col.title")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation("course.status." + c.status().name()))
                .setHeader(getTranslation("course.col.status")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("course.kind." + c.kind().name()))
                .setHeader(getTranslation("course.col.kind")).setAutoWidth(true);
        grid.addColumn(Course::year).setHeader(getTranslation("course.col.year")).setAutoWidth(true);
        grid.addColumn(c -> regions.find(c.regionCode()).map(r -> r.name()).orElse(c.regionCode()))
                .setHeader(getTranslation("course.col.region")).setAutoWidth(true);
        grid.addColumn(c -> TIME.format(c.updatedAt())).setHeader(getTranslation("course.col.updated"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("course.admin.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(CourseEditorView.class, e.getItem().id().toString())));
        grid.setSizeFull();
        search.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("course.admin.title")), bar, grid);
        refresh();
    }

    void refresh() {
        CatalogFilter f = new CatalogFilter(search.getValue(), null, null, null, null, status.getValue());
        grid.setItems(q -> admin.list(user, f, q.getOffset(), q.getLimit()).stream(), q -> admin.count(user, f));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("course.admin.title");
    }
}
