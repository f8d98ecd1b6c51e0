package cn.gov.egov.portal.demo;


import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param password  one password for all demo users; blank means a random one per user, printed once
 * @param province  the province the demo users belong to
 */
@ConfigurationProperties("portal.demo")
public record DemoUserProperties(@DefaultValue("") String password, @DefaultValue("530000") String province) {
}
