package cn.gov.egov.portal.home;

import java.util.List;

import cn.gov.egov.portal.conference.ConferenceModels.Notice;
import cn.gov.egov.portal.security.Role;

/**
 * What the home page shows a user.
 *
 * @param roomsInRegion meeting rooms in an administrator's region; null for learners, -1 when unavailable
 * @param notices       the user's latest conference notices; null when conference-server cannot be reached
 */
public record HomeSummary(String displayName, Role role, String regionPath, Integer roomsInRegion,
                          List<Notice> notices) {
}
