package cn.gov.egov.portal.home;

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

    private final RegionTree regions;
    private final ConferenceServerClient conferenceServer;

    public HomeSummaryService(RegionTree regions, ConferenceServerClient conferenceServer) {
        this.regions = regions;
        this.conferenceServer = conferenceServer;
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
        return new HomeSummary(user.displayName(), user.role(), path, rooms, notices);
    }
}
