package cn.gov.egov.portal.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class PortalUserTest {

    private static PortalUser user(String username, String displayName, String region) {
        return new PortalUser(UUID.randomUUID(), username, displayName, "{bcrypt}x", Role.LEARNER, region, true);
    }

    @Test
    void badFieldsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> user("A B", "张三", "530102")).hasMessageContaining("username");
        assertThatThrownBy(() -> user("x".repeat(65), "张三", "530102")).hasMessageContaining("username");
        assertThatThrownBy(() -> user("zhangsan", "", "530102")).hasMessageContaining("display name");
        assertThatThrownBy(() -> user("zhangsan", "张".repeat(101), "530102")).hasMessageContaining("display name");
        assertThatThrownBy(() -> user("zhangsan", "张三", "5301")).hasMessageContaining("region");
    }
}
