package cn.gov.egov.conference.bridge;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.egov.colibri.Colibri2Client;
import cn.gov.egov.conference.bridge.selection.BridgeSelector;
import cn.gov.egov.conference.bridge.selection.CascadeTopology;
import cn.gov.egov.conference.bridge.selection.LeastLoadedSelector;
import cn.gov.egov.conference.bridge.selection.RegionTreeSelector;
import cn.gov.egov.region.RegionTree;

/** The Colibri2 client and the selection strategy named in configuration. */
@Configuration(proxyBeanMethods = false)
class BridgeConfiguration {

    @Bean
    Colibri2Client colibri2Client(BridgeProperties properties, MeterRegistry meters) {
        return new Colibri2Client(properties.timeout(), new BridgeRoundTrips(meters));
    }

    @Bean
    BridgeSelector bridgeSelector(BridgeProperties properties, RegionTree regions) {
        return switch (properties.selection()) {
            case "region-tree" -> new RegionTreeSelector(regions);
            case "least-loaded" -> new LeastLoadedSelector();
            default -> throw new IllegalStateException("conference.bridges.selection must be region-tree or "
                    + "least-loaded, not " + properties.selection());
        };
    }

    @Bean
    CascadeTopology cascadeTopology(RegionTree regions) {
        return new CascadeTopology(regions);
    }
}
