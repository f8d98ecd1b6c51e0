package cn.gov.egov.portal.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.gov.egov.portal.conference.ConferenceModels.Notice;
import cn.gov.egov.portal.conference.ConferenceServerClient;
import cn.gov.egov.portal.conference.ConferenceServerException;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.region.RegionTree;

/** Assembles the home page's facts for one user; administrators also see their region's meeting rooms. */
@Service
public class HomeSummaryService {

    /** As conference-server's defaults: joining opens 15 minutes before the start and closes 10 after the end. */
    static final Duration JOIN_WINDOW = Duration.ofMinutes(15);
    static final Duration GRACE = Duration.ofMinutes(10);

    private final RegionTree regions;
    private final ConferenceServerClient conferenceServer;
    private final Clock clock;

    public HomeSummaryService(RegionTree regions, ConferenceServerClient conferenceServer, Clock clock) {
        this.regions = regions;
        this.conferenceServer = conferenceServer;
        this.clock = clock;
    }

    public HomeSummary summarise(PortalUser user) {
        String path = regions.find(user.regionCode()).map(r -> regions.path(r.code())).orElse(user.regionCode());
        Integer rooms = null;
        if (user.role() == Role.REGION_ADMIN || user.role() == Role.SYSTEM_ADMIN) {
            try {
                rooms = (int) conferenceServer.roomsInRegion(user).total();
            } catch (ConferenceServerException e) {
                rooms = -1;
            }
        }
        List<Notice> notices;
        try {
            notices = conferenceServer.notices(user, 5);
        } catch (ConferenceServerException e) {
            notices = null;
        }
        List<HomeSummary.MyConference> mine;
        try {
            Instant now = clock.instant();
            mine = conferenceServer.myConferences(user).stream().limit(5)
                    .map(c -> new HomeSummary.MyConference(c.conferenceId(), c.title(), c.start(), c.end(),
                            !now.isBefore(c.start().minus(JOIN_WINDOW)) && now.isBefore(c.end().plus(GRACE))))
                    .toList();
        } catch (ConferenceServerException e) {
            mine = null;
        }
        return new HomeSummary(user.displayName(), user.role(), path, rooms, notices, mine);
    }
}
