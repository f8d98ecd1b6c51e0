package cn.gov.egov.portal.people.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.conference.ui.RegionPicker;
import cn.gov.egov.portal.people.Rank;
import cn.gov.egov.portal.people.admin.OrgUnit;
import cn.gov.egov.portal.people.admin.OrgUnitService;
import cn.gov.egov.portal.people.admin.PeopleAccessDeniedException;
import cn.gov.egov.portal.people.admin.PeopleInputException;
import cn.gov.egov.portal.people.admin.PeopleProperties;
import cn.gov.egov.portal.people.admin.Person;
import cn.gov.egov.portal.people.admin.PersonFilter;
import cn.gov.egov.portal.people.admin.PersonService;
import cn.gov.egov.portal.people.admin.RosterImportService;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * 人员管理 — the people of the administrator's region subtree in a lazy grid, filtered by region, unit, rank and
 * status; 停用/启用; 导入花名册. Every action is checked again on the server.
 */
@Route(value = "admin/people", layout = MainLayout.class)
@RolesAllowed({"REGION_ADMIN", "SYSTEM_ADMIN"})
public class PeopleView extends VerticalLayout implements HasDynamicTitle {

    private final PersonService people;
    private final OrgUnitService units;
    private final RegionTree regions;
    private final PortalUser user;
    final ComboBox<Region> region;
    final ComboBox<OrgUnit> unit = new ComboBox<>();
    final Select<Rank> rank = new Select<>();
    final Select<String> status = new Select<>();
    final TextField text = new TextField();
    final Grid<Person> grid = new Grid<>();

    public PeopleView(PersonService people, OrgUnitService units, RosterImportService imports,
                      PeopleProperties properties, CurrentUser currentUser, RegionTree regions) {
        this.people = people;
        this.units = units;
        this.regions = regions;
        this.user = currentUser.get();
        addClassName("people-view");
        setSizeFull();
        region = RegionPicker.create(getTranslation("people.region"), regions, user.regionCode());
        region.addValueChangeListener(e -> {
            loadUnits();
            refresh();
        });
        unit.setLabel(getTranslation("people.unit"));
        unit.setItemLabelGenerator(u -> regions.find(u.regionCode()).map(Region::name).orElse(u.regionCode())
                + " · " + u.path());
        unit.setClearButtonVisible(true);
        unit.addValueChangeListener(e -> refresh());
        rank.setLabel(getTranslation("people.rank"));
        rank.setItems(Rank.values());
        rank.setEmptySelectionAllowed(true);
        rank.setEmptySelectionCaption(getTranslation("people.any"));
        rank.setItemLabelGenerator(r -> r == null ? getTranslation("people.any") : r.label());
        rank.addValueChangeListener(e -> refresh());
        status.setLabel(getTranslation("people.status"));
        status.setItems("all", "active", "inactive");
        status.setItemLabelGenerator(s -> getTranslation("people.status." + s));
        status.setValue("active");
        status.addValueChangeListener(e -> refresh());
        text.setLabel(getTranslation("people.search"));
        text.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());
        Button importButton = new Button(getTranslation("people.import"), VaadinIcon.UPLOAD.create(),
                e -> new RosterImportDialog(imports, properties, user, this::refresh).open());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClassName("people-import");
        HorizontalLayout bar = new HorizontalLayout(region, unit, rank, status, text, importButton);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        for (Component c : List.of(region, unit, text)) {
            ((com.vaadin.flow.component.HasSize) c).setWidth("min(16rem, 100%)");
        }

        grid.addColumn(Person::displayName).setHeader(getTranslation("people.col.name")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(Person::username).setHeader(getTranslation("people.col.username")).setAutoWidth(true);
        grid.addColumn(p -> regions.find(p.regionCode()).map(Region::name).orElse(p.regionCode()))
                .setHeader(getTranslation("people.col.region")).setAutoWidth(true);
        grid.addColumn(p -> p.departmentPath() == null ? "" : p.departmentPath())
                .setHeader(getTranslation("people.col.unit")).setFlexGrow(1);
        grid.addColumn(p -> p.rank() == null ? "" : p.rank().label()).setHeader(getTranslation("people.col.rank"))
                .setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.role().messageKey())).setHeader(getTranslation("people.col.role"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.idNumberMasked() == null ? "" : p.idNumberMasked())
                .setHeader(getTranslation("people.col.id")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.active() ? "people.status.active" : "people.status.inactive"))
                .setHeader(getTranslation("people.col.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("people.empty"));
        grid.addClassName("people-grid");
        grid.setSizeFull();
        grid.setMinHeight("20rem"); // on a phone the filters take the first screen; the page scrolls to the grid
        add(new H2(getTranslation("people.title")), bar, grid);
        loadUnits();
        refresh();
    }

    PersonFilter filter() {
        Boolean active = switch (status.getValue()) {
            case "active" -> Boolean.TRUE;
            case "inactive" -> Boolean.FALSE;
            default -> null;
        };
        return new PersonFilter(region.getValue() == null ? user.regionCode() : region.getValue().code(),
                unit.getValue() == null ? null : unit.getValue().id(), rank.getValue(), active, text.getValue());
    }

    void refresh() {
        PersonFilter filter = filter();
        grid.setItems(q -> people.page(user, filter, q.getOffset(), q.getLimit()).stream(),
                q -> people.count(user, filter));
    }

    private void loadUnits() {
        String code = region.getValue() == null ? user.regionCode() : region.getValue().code();
        unit.setValue(null);
        unit.setItems(units.listSubtree(user, code));
    }

    private Component actions(Person p) {
        Button b = new Button(getTranslation(p.active() ? "people.deactivate" : "people.reactivate"), e -> {
            try {
                if (p.active()) {
                    people.deactivate(user, p.id());
                } else {
                    people.reactivate(user, p.id());
                }
                grid.getDataProvider().refreshAll();
            } catch (PeopleInputException ex) {
                notice(getTranslation("people.error." + ex.code()));
            } catch (PeopleAccessDeniedException ex) {
                notice(getTranslation("people.error.forbidden"));
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, p.active() ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_SUCCESS);
        b.addClassName(p.active() ? "person-deactivate" : "person-reactivate");
        return b;
    }

    private static void notice(String text) {
        Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title");
    }
}
