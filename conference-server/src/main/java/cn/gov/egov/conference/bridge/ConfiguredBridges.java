package cn.gov.egov.conference.bridge;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.gov.egov.conference.system.errors.InvalidInputException;
import cn.gov.egov.region.RegionTree;

/** Writes the bridges from configuration at start-up (after the regions), then polls them once. */
@Component
@Order(1)
class ConfiguredBridges implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredBridges.class);

    private final BridgeProperties properties;
    private final BridgeRepository bridges;
    private final BridgeRegistry registry;
    private final RegionTree regions;
    private final Clock clock;

    ConfiguredBridges(BridgeProperties properties, BridgeRepository bridges, BridgeRegistry registry,
                      RegionTree regions, Clock clock) {
        this.properties = properties;
        this.bridges = bridges;
        this.registry = registry;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (BridgeProperties.Configured c : properties.configured()) {
            try {
                Bridge b = new BridgeDraft(c.id(), c.url() == null ? null : c.url().toString(), c.region(),
                        c.capacity(), true).validate(regions, "CONFIG", 0);
                bridges.upsertConfigured(b, clock.instant());
            } catch (InvalidInputException e) {
                throw new IllegalStateException("conference.bridges.configured: bridge " + c.id() + " is wrong: "
                        + e.errors(), e);
            }
        }
        if (properties.configured().isEmpty() && bridges.findAll().isEmpty()) {
            log.info("No video bridge configured: conferences can be scheduled, joining needs a bridge "
                    + "(conference.bridges.configured, or add one as a system administrator)");
        }
        registry.poll();
    }
}
