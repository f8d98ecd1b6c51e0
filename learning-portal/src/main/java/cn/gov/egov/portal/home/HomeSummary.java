package cn.gov.egov.portal.home;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.gov.egov.portal.conference.ConferenceModels.Notice;
import cn.gov.egov.portal.security.Role;

/**
 * What the home page shows a user.
 *
 * @param roomsInRegion meeting rooms in an administrator's region; null for learners, -1 when unavailable
 * @param notices       the user's latest conference notices; null when conference-server cannot be reached
 * @param conferences   the user's coming and running conferences (我的会议); null when conference-server cannot be
 *                      reached
 */
public record HomeSummary(String displayName, Role role, String regionPath, Integer roomsInRegion,
                          List<Notice> notices, List<MyConference> conferences) {

    /** One coming or running occurrence of the user's; {@code open}: it may be joined now. */
    public record MyConference(UUID conferenceId, String title, Instant start, Instant end, boolean open) {
    }
}
