package cn.gov.egov.portal.conference.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;

import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/** A searchable region picker limited to the user's own subtree, showing full paths (云南省 / 昆明市 / 五华区). */
public final class RegionPicker {

    private RegionPicker() {
    }

    public static ComboBox<Region> create(String label, RegionTree regions, String rootCode) {
        List<Region> subtree = regions.subtree(rootCode);
        ComboBox<Region> box = new ComboBox<>(label);
        box.setItems((region, filter) -> regions.path(region.code()).contains(filter) || region.code().startsWith(filter),
                subtree);
        box.setItemLabelGenerator(r -> regions.path(r.code()));
        box.setValue(regions.get(rootCode));
        box.setWidthFull();
        return box;
    }
}
