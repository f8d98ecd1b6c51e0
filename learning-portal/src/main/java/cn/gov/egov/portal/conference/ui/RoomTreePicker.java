package cn.gov.egov.portal.conference.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import cn.gov.egov.portal.conference.ConferenceModels.Room;
import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * 参会会议室 as the region tree shows them (province → prefecture → county → rooms), a check box per room and per
 * region (checking a region checks every room below it; partly checked regions show so), with a search box that
 * narrows the tree to rooms whose name matches. Plain components, not a virtualised grid, so every row a user sees
 * exists in the page (a province has about 150 rooms). Its value is the set of checked rooms.
 */
public class RoomTreePicker extends CustomField<Set<Room>> {

    private final RegionTree regions;
    private final TextField search = new TextField();
    private final Div tree = new Div();
    private final Set<Room> checked = new LinkedHashSet<>();
    private final Map<Room, Checkbox> roomBoxes = new LinkedHashMap<>();
    private final List<RegionRow> regionRows = new ArrayList<>();
    private final Span empty = new Span();

    /** One region's row: its check box, its children's container and the rooms beneath it. */
    private record RegionRow(Region region, Checkbox box, Div row, Div children, Button toggle, List<Room> rooms) {
    }

    public RoomTreePicker(String label, RegionTree regions) {
        this.regions = regions;
        setLabel(label);
        addClassName("room-tree-picker");
        search.setPlaceholder(getTranslation("schedule.rooms.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setWidthFull();
        search.addClassName("room-search");
        search.addValueChangeListener(e -> filter(e.getValue().strip()));
        tree.addClassName("room-tree");
        tree.getStyle().set("max-height", "18rem").set("overflow", "auto").set("width", "100%")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-xs)").set("box-sizing", "border-box");
        empty.setText(getTranslation("schedule.rooms.none"));
        Div layout = new Div(search, tree);
        layout.setWidthFull();
        add(layout);
    }

    /** The rooms to choose from, under region {@code rootCode}; checked rooms no longer offered are dropped. */
    public void setItems(Collection<Room> rooms, String rootCode) {
        tree.removeAll();
        roomBoxes.clear();
        regionRows.clear();
        // keep what was checked and is still offered, as the freshly loaded room (same id)
        Set<java.util.UUID> keep = new HashSet<>();
        checked.forEach(r -> keep.add(r.id()));
        checked.clear();
        rooms.stream().filter(r -> keep.contains(r.id())).forEach(checked::add);
        if (rooms.isEmpty()) {
            tree.add(empty);
        } else {
            tree.add(build(rootCode, rooms, 0));
        }
        refreshRegionBoxes();
        filter(search.getValue().strip());
        updateValue();
    }

    /** Every room offered, in tree order. */
    public List<Room> items() {
        return List.copyOf(roomBoxes.keySet());
    }

    private Div build(String code, Collection<Room> rooms, int depth) {
        Region region = regions.get(code);
        List<Room> below = rooms.stream().filter(r -> regions.isWithin(r.regionCode(), code)).toList();
        Div node = new Div();
        Checkbox box = new Checkbox(region.name() + "（" + below.size() + "）");
        box.addClassName("region-box");
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setChecked(below, e.getValue());
            }
        });
        Div children = new Div();
        children.getStyle().set("padding-left", "1.5em");
        Button toggle = new Button(VaadinIcon.ANGLE_DOWN.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        toggle.setAriaLabel(region.name());
        toggle.addClickListener(e -> {
            children.setVisible(!children.isVisible());
            toggle.setIcon((children.isVisible() ? VaadinIcon.ANGLE_DOWN : VaadinIcon.ANGLE_RIGHT).create());
        });
        HorizontalLayout head = new HorizontalLayout(toggle, box);
        head.setSpacing(false);
        head.setAlignItems(HorizontalLayout.Alignment.CENTER);
        Div row = new Div(head, children);
        node.add(row);
        regionRows.add(new RegionRow(region, box, row, children, toggle, below));
        below.stream().filter(r -> r.regionCode().equals(code)).sorted(Comparator.comparing(Room::name))
                .forEach(r -> children.add(roomBox(r)));
        Set<String> childCodes = new HashSet<>();
        for (Room r : below) {
            if (!r.regionCode().equals(code)) {
                childCodes.add(childOf(code, r.regionCode()));
            }
        }
        childCodes.stream().sorted().forEach(c -> children.add(build(c, below, depth + 1)));
        if (depth >= 2) {
            children.setVisible(false);
            toggle.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        }
        return node;
    }

    /** The child of {@code ancestor} on the way down to {@code code}. */
    private String childOf(String ancestor, String code) {
        String c = code;
        while (!ancestor.equals(regions.get(c).parentCode())) {
            c = regions.get(c).parentCode();
        }
        return c;
    }

    private Component roomBox(Room room) {
        Checkbox box = new Checkbox(room.name(), checked.contains(room));
        box.addClassName("room-box");
        box.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setChecked(List.of(room), e.getValue());
            }
        });
        roomBoxes.put(room, box);
        return box;
    }

    private void setChecked(Collection<Room> rooms, boolean on) {
        if (on) {
            checked.addAll(rooms);
        } else {
            checked.removeAll(rooms);
        }
        rooms.forEach(r -> roomBoxes.get(r).setValue(on));
        refreshRegionBoxes();
        updateValue();
    }

    private void refreshRegionBoxes() {
        for (RegionRow row : regionRows) {
            long n = row.rooms().stream().filter(checked::contains).count();
            row.box().setValue(n > 0 && n == row.rooms().size());
            row.box().setIndeterminate(n > 0 && n < row.rooms().size());
        }
    }

    /** Shows only rooms whose name contains {@code q} (all when blank) and the regions above them, opened. */
    private void filter(String q) {
        roomBoxes.forEach((room, box) -> box.setVisible(q.isEmpty() || room.name().contains(q)));
        for (RegionRow row : regionRows) {
            boolean any = q.isEmpty() || row.rooms().stream().anyMatch(r -> r.name().contains(q));
            row.row().setVisible(any);
            if (!q.isEmpty() && any) {
                row.children().setVisible(true);
                row.toggle().setIcon(VaadinIcon.ANGLE_DOWN.create());
            }
        }
    }

    @Override
    protected Set<Room> generateModelValue() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(checked));
    }

    @Override
    protected void setPresentationValue(Set<Room> value) {
        checked.clear();
        if (value != null) {
            checked.addAll(value);
        }
        roomBoxes.forEach((room, box) -> box.setValue(checked.contains(room)));
        refreshRegionBoxes();
    }
}
