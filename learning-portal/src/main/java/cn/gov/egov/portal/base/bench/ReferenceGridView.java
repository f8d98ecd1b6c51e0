package cn.gov.egov.portal.base.bench;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The reference page of bench/session-bench: a bare Vaadin page (no {@code MainLayout}, no services) with a two-row
 * {@link Grid}, the yardstick the memory retained by real pages is compared with. It has no {@code @Route}: it exists
 * only when {@link ReferenceRouteRegistration} registers it ({@code portal.bench.reference-route=true}).
 */
@PermitAll
public class ReferenceGridView extends VerticalLayout {

    /** Where the route is registered. */
    public static final String PATH = "bench/reference";

    record Row(String name, int value) {
    }

    public ReferenceGridView() {
        Grid<Row> grid = new Grid<>();
        grid.addColumn(Row::name).setHeader("name");
        grid.addColumn(Row::value).setHeader("value");
        grid.setItems(List.of(new Row("a", 1), new Row("b", 2)));
        grid.addClassName("reference-grid");
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
