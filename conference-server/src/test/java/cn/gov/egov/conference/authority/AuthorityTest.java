package cn.gov.egov.conference.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.egov.region.RegionTree;

class AuthorityTest {

    private final Authority authority = new Authority(RegionTree.province("530000"));

    private static Actor actor(Actor.Role role, String region) {
        return new Actor("u", role, region, null);
    }

    @Test
    void administratorsManageTheirSubtreeOnly() {
        Actor kunming = actor(Actor.Role.REGION_ADMIN, "530100");
        assertThat(authority.canManage(kunming, "530100")).isTrue();
        assertThat(authority.canManage(kunming, "530102")).isTrue();
        assertThat(authority.canManage(kunming, "530000")).isFalse();
        assertThat(authority.canManage(kunming, "532900")).isFalse();
        assertThat(authority.canManage(actor(Actor.Role.SYSTEM_ADMIN, "530000"), "533323")).isTrue();
    }

    @Test
    void learnersAndCourseAdministratorsManageNothing() {
        assertThat(authority.canManage(actor(Actor.Role.LEARNER, "530000"), "530102")).isFalse();
        assertThat(authority.canManage(actor(Actor.Role.COURSE_ADMIN, "530000"), "530102")).isFalse();
        assertThatThrownBy(() -> authority.requireManage(actor(Actor.Role.COURSE_ADMIN, "530000"), "530102"))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("only region or system administrators");
    }

    @Test
    void everyRegionOfAnActionMustBeInside() {
        Actor kunming = actor(Actor.Role.REGION_ADMIN, "530100");
        assertThatThrownBy(() -> authority.requireManage(kunming, List.of("530102", "532901")))
                .isInstanceOfSatisfying(ForbiddenException.class,
                        e -> assertThat(e.targetRegion()).isEqualTo("532901"));
        assertThatThrownBy(() -> authority.requireVisible(kunming, "532900")).isInstanceOf(ForbiddenException.class);
    }
}
