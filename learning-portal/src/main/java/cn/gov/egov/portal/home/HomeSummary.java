package cn.gov.egov.portal.home;

import cn.gov.egov.portal.security.Role;

/**
 * What the home page shows a user.
 *
 * @param roomsInRegion meeting rooms in an administrator's region; null for learners, -1 when unavailable
 */
public record HomeSummary(String displayName, Role role, String regionPath, Integer roomsInRegion) {
}
