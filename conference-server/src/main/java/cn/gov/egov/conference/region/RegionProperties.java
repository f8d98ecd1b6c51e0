package cn.gov.egov.conference.region;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Which provinces this deployment serves (GB/T 2260 codes); Yunnan by default. */
@ConfigurationProperties("conference.regions")
public record RegionProperties(@DefaultValue("530000") List<String> provinces) {
}
