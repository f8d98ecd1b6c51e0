package cn.gov.egov.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class PortalUserTest {

    private static PortalUser user(String username, String displayName, String region) {
        return user(username, displayName, null, region);
    }

    private static PortalUser user(String username, String displayName, String email, String region) {
        return new PortalUser(UUID.randomUUID(), username, displayName, email, "{bcrypt}x", Role.LEARNER, region,
                true);
    }

    @Test
    void badFieldsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> user("A B", "张三", "530102")).hasMessageContaining("username");
        assertThatThrownBy(() -> user("x".repeat(65), "张三", "530102")).hasMessageContaining("username");
        assertThatThrownBy(() -> user("zhangsan", "", "530102")).hasMessageContaining("display name");
        assertThatThrownBy(() -> user("zhangsan", "张".repeat(101), "530102")).hasMessageContaining("display name");
        assertThatThrownBy(() -> user("zhangsan", "张三", "5301")).hasMessageContaining("region");
        assertThatThrownBy(() -> user("zhangsan", "张三", "zhangsan", "530102")).hasMessageContaining("email");
        assertThatThrownBy(() -> user("zhangsan", "张三", "张三 <z@km.gov.cn>", "530102"))
                .hasMessageContaining("email");
        assertThatThrownBy(() -> user("zhangsan", "张三", "z@localhost", "530102")).hasMessageContaining("email");
        assertThatThrownBy(() -> user("zhangsan", "张三", "z".repeat(60) + "@" + "k".repeat(200) + ".cn", "530102"))
                .hasMessageContaining("email");
    }

    @Test
    void anEmailAddressIsOptional() {
        assertThat(user("zhangsan", "张三", null, "530102").email()).isNull();
        assertThat(user("zhangsan", "张三", "zhang.san@km.gov.cn", "530102").email())
                .isEqualTo("zhang.san@km.gov.cn");
    }
}
