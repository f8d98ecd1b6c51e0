package cn.gov.egov.portal.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.egov.region.RegionTree;

/** The whole country's divisions, in memory (≈3,200 nodes), for names, paths and scoping. */
@Configuration
class RegionConfiguration {

    @Bean
    RegionTree regionTree() {
        return RegionTree.china();
    }
}
