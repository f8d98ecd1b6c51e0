package cn.gov.egov.portal.learning.course.ui;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import cn.gov.egov.portal.learning.course.CourseCatalog;
import cn.gov.egov.portal.learning.course.CourseCategory;
import cn.gov.egov.portal.learning.course.CourseKind;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.RegionTree;

/** 课程中心 — the published courses a learner may take: search, filters, a lazy grid; a row opens the course. */
@Route(value = "courses", layout = MainLayout.class)
@PermitAll
public class CatalogView extends VerticalLayout implements HasDynamicTitle {

    private final CourseCatalog catalog;
    private final PortalUser user;
    final TextField search = new TextField();
    final ComboBox<CourseCategory> category = new ComboBox<>();
    final Select<CourseKind> kind = new Select<>();
    final Select<Integer> year = new Select<>();
    final Select<String> region = new Select<>();
    final Grid<Course> grid = new Grid<>();
    final Span count = new Span();

    public CatalogView(CourseCatalog catalog, CurrentUser currentUser, RegionTree regions) {
        this.catalog = catalog;
        this.user = currentUser.get();
        addClassName("course-catalog");
        setSizeFull();
        search.setLabel(getTranslation("course.search"));
        search.setPlaceholder(getTranslation("course.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        category.setLabel(getTranslation("course.filter.category"));
        category.setItems(catalog.categories());
        category.setItemLabelGenerator(CourseCategory::name);
        category.setClearButtonVisible(true);
        kind.setLabel(getTranslation("course.filter.kind"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("course.filter.all"));
        kind.setItems(CourseKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("course.filter.all")
                : getTranslation("course.kind." + k.name()));
        year.setLabel(getTranslation("course.filter.year"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("course.filter.all"));
        year.setItems(catalog.years(user));
        region.setLabel(getTranslation("course.filter.region"));
        region.setEmptySelectionAllowed(true);
        region.setEmptySelectionCaption(getTranslation("course.filter.all"));
        region.setItems(catalog.regions(user));
        region.setItemLabelGenerator(c -> c == null ? getTranslation("course.filter.all")
                : regions.find(c).map(r -> r.name()).orElse(c));
        FlexLayout filters = new FlexLayout(search, category, kind, year, region);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-s)");
        filters.setWidthFull();

        grid.addColumn(Course::title).setHeader(getTranslation("course.col.title")).setFlexGrow(3)
                .setKey("title");
        grid.addColumn(Course::categoryName).setHeader(getTranslation("course.col.category")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("course.kind." + c.kind().name()))
                .setHeader(getTranslation("course.col.kind")).setAutoWidth(true);
        grid.addColumn(Course::year).setHeader(getTranslation("course.col.year")).setAutoWidth(true);
        grid.addColumn(c -> regions.find(c.regionCode()).map(r -> r.name()).orElse(c.regionCode()))
                .setHeader(getTranslation("course.col.region")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("course.catalog.empty"));
        // a click on a row the browser still shows while the filtered rows load names a key the server has
        // dropped (no item): nothing to open, the learner clicks the row again once it is there
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                open(e.getItem().id());
            }
        });
        grid.setSizeFull();

        search.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());
        region.addValueChangeListener(e -> refresh());
        count.addClassName("course-count");
        add(new H2(getTranslation("course.catalog.title")), filters, count, grid);
        refresh();
    }

    CatalogFilter filter() {
        return new CatalogFilter(search.getValue(), category.getValue() == null ? null : category.getValue().id(),
                kind.getValue(), year.getValue(), region.getValue(), null);
    }

    void refresh() {
        CatalogFilter f = filter();
        grid.setItems(q -> catalog.search(user, f, q.getOffset(), q.getLimit()).stream(),
                q -> catalog.count(user, f));
        count.setText(getTranslation("course.catalog.count", catalog.count(user, f)));
    }

    private void open(UUID id) {
        getUI().ifPresent(ui -> ui.navigate(CourseView.class, id.toString()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("course.catalog.title");
    }
}
