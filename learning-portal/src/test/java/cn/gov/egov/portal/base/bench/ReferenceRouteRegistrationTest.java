package cn.gov.egov.portal.base.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServiceInitListener;

/** The benchmark's reference page exists only when portal.bench.reference-route=true. */
class ReferenceRouteRegistrationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(ReferenceRouteRegistration.class);

    @Test
    void offByDefault() {
        runner.run(context -> assertThat(context).doesNotHaveBean(VaadinServiceInitListener.class));
    }

    @Test
    void offUnlessExactlyTrue() {
        runner.withPropertyValues("portal.bench.reference-route=false")
                .run(context -> assertThat(context).doesNotHaveBean(VaadinServiceInitListener.class));
    }

    @Test
    void registeredWhenTurnedOn() {
        runner.withPropertyValues("portal.bench.reference-route=true")
                .run(context -> assertThat(context).hasSingleBean(ReferenceRouteRegistration.class));
    }

    @Test
    void theViewIsNoAnnotatedRouteSoRouteScanningNeverPicksItUp() {
        assertThat(ReferenceGridView.class.getAnnotation(Route.class)).isNull();
    }

    @Test
    void thePageIsATwoRowGrid() {
        ReferenceGridView view = new ReferenceGridView();
        assertThat(view.getComponentCount()).isEqualTo(1);
        Grid<?> grid = (Grid<?>) view.getComponentAt(0);
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(2);
        assertThat(grid.getColumns()).hasSize(2);
    }
}
