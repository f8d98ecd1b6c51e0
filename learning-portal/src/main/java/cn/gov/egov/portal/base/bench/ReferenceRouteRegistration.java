package cn.gov.egov.portal.base.bench;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * Registers {@link ReferenceGridView} at {@code /bench/reference} when {@code portal.bench.reference-route=true}
 * (environment: {@code PORTAL_BENCH_REFERENCE_ROUTE=true}). Off by default: only bench/session-bench turns it on, to
 * measure a bare page in the same portal JVM as the real pages. The page shows nothing but two fixed rows and is
 * open to signed-in users only, like every other page.
 */
@Component
@ConditionalOnProperty(name = "portal.bench.reference-route", havingValue = "true")
class ReferenceRouteRegistration implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute(ReferenceGridView.PATH, ReferenceGridView.class);
    }
}
