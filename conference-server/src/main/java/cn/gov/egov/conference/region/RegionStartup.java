package cn.gov.egov.conference.region;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the region catalogue before anything (demo data, schedules) refers to it. */
@Component
@Order(0)
class RegionStartup implements ApplicationRunner {

    private final RegionCatalog catalog;

    RegionStartup(RegionCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalog.synchronise();
    }
}
