package cn.gov.egov.portal.learning.rules.ui;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import cn.gov.egov.portal.base.CurrentUser;
import cn.gov.egov.portal.base.ui.MainLayout;
import cn.gov.egov.portal.conference.ui.RegionPicker;
import cn.gov.egov.portal.learning.hours.HourRuleTable;
import cn.gov.egov.portal.learning.rules.LearningRulesService;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * 学时规则 — a region's learning-hour rule table (inherited from the parent or its own) and its annual requirement
 * per year, for region and system administrators; the region picker offers their own region and those below it.
 * Every check and the audit happen in {@link LearningRulesService}.
 */
@Route(value = "admin/learning-rules", layout = MainLayout.class)
@RolesAllowed({"REGION_ADMIN", "SYSTEM_ADMIN"})
public class LearningRulesView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<Region> region;
    final IntegerField year = new IntegerField();
    final RuleTablePanel table;
    final RequirementPanel requirement;
    private final LearningRulesService service;
    private final RegionTree regions;
    private final PortalUser user;

    public LearningRulesView(LearningRulesService service, CurrentUser currentUser, RegionTree regions, Clock clock) {
        this.service = service;
        this.regions = regions;
        this.user = currentUser.get();
        addClassName("learning-rules-view");
        region = RegionPicker.create(getTranslation("rules.region"), regions, user.regionCode());
        region.setWidth("min(20rem, 100%)");
        region.addValueChangeListener(e -> reload());
        year.setLabel(getTranslation("rules.year"));
        year.setValue(Year.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getValue());
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setWidth("9rem");
        year.addValueChangeListener(e -> reload());
        HorizontalLayout bar = new HorizontalLayout(region, year);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        table = new RuleTablePanel(service, user, this::code, this::reload, this::describe);
        requirement = new RequirementPanel(service, user, this::code, this::selectedYear, this::reload,
                this::describe);
        add(new H2(getTranslation("rules.title")), bar, table, requirement);
        reload();
    }

    String code() {
        return region.getValue() == null ? user.regionCode() : region.getValue().code();
    }

    Year selectedYear() {
        Integer y = year.getValue();
        return y == null || y < 2000 || y > 2100 ? null : Year.of(y);
    }

    void reload() {
        Year y = selectedYear();
        if (y == null) {
            return; // the requirement panel refuses an impossible year with its message
        }
        var rules = service.rules(user, code(), y);
        table.show(rules);
        requirement.show(rules);
    }

    /** 云南省 / 昆明市 for a region, 全国默认 for the national default. */
    private String describe(String code) {
        return HourRuleTable.NATIONAL.equals(code) ? getTranslation("rules.national")
                : regions.find(code).map(r -> regions.path(r.code())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rules.title") + " | " + getTranslation("app.name");
    }
}
