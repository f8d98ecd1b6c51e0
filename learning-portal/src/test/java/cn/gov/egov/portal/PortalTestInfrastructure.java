package cn.gov.egov.portal;

import org.springframework.test.context.DynamicPropertyRegistry;

import cn.gov.egov.embedded.TestInfrastructure;

/** Points a portal test at the real PostgreSQL of this test JVM, with known demo passwords. */
public final class PortalTestInfrastructure {

    public static final String DEMO_PASSWORD = "Demo-Passw0rd-2026";

    private PortalTestInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        TestInfrastructure.get().springProperties().forEach((k, v) -> registry.add(k, () -> v));
        registry.add("portal.demo.password", () -> DEMO_PASSWORD);
        // nothing listens here: the home page must cope with conference-server being down
        registry.add("portal.conference-server.base-url", () -> "http://127.0.0.1:1");
        // nor here: uploads must be kept when media-worker is down
        registry.add("portal.media.worker-url", () -> "http://127.0.0.1:1");
    }
}
