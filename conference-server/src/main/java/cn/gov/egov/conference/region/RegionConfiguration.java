package cn.gov.egov.conference.region;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.egov.conference.authority.Authority;
import cn.gov.egov.region.RegionTree;

/** The whole country's divisions in memory, and the tiered-management rule over them. */
@Configuration
class RegionConfiguration {

    @Bean
    RegionTree regionTree() {
        return RegionTree.china();
    }

    @Bean
    Authority authority(RegionTree regions) {
        return new Authority(regions);
    }
}
