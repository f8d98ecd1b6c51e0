package cn.gov.egov.conference.control;

import java.util.Objects;

import cn.gov.egov.conference.authority.Actor;
import cn.gov.egov.conference.authority.Actor.Role;

/**
 * Who may control what in one conference, along the region tree (分级管理):
 * <ul>
 * <li>the chair (the conference's creator, whatever their role) and every system administrator control every
 * venue and the conference as a whole;</li>
 * <li>a region administrator whose region is the organiser region or above it does too;</li>
 * <li>a region administrator of a region below (or beside) the organiser region controls only the venues of their
 * own subtree, and never the conference as a whole;</li>
 * <li>learners, course administrators and room terminals control nothing; any participant may only raise or lower
 * its own hand.</li>
 * </ul>
 */
public final class ControlAuthority {

    private final String chairUsername;
    private final String organiserRegion;
    private final RegionScope regions;

    public ControlAuthority(String chairUsername, String organiserRegion, RegionScope regions) {
        this.chairUsername = Objects.requireNonNull(chairUsername, "chairUsername");
        this.organiserRegion = Objects.requireNonNull(organiserRegion, "organiserRegion");
        this.regions = Objects.requireNonNull(regions, "regions");
    }

    public boolean isChair(Controller controller) {
        return controller instanceof Controller.User(Actor a) && a.username().equals(chairUsername);
    }

    /** The chair or an administrator: someone who may control at least their own region's venues. */
    public boolean controlsAnything(Controller controller) {
        return isChair(controller)
                || controller instanceof Controller.User(Actor a) && a.isAdministrator();
    }

    /** May act on the conference as a whole and on every venue. */
    public boolean controlsAll(Controller controller) {
        if (isChair(controller)) {
            return true;
        }
        if (!(controller instanceof Controller.User(Actor a))) {
            return false;
        }
        return a.role() == Role.SYSTEM_ADMIN
                || a.role() == Role.REGION_ADMIN && regions.isWithin(organiserRegion, a.regionCode());
    }

    /** May act on a venue of this region. */
    public boolean controls(Controller controller, String venueRegion) {
        return controlsAll(controller)
                || controller instanceof Controller.User(Actor a) && a.role() == Role.REGION_ADMIN
                        && regions.isWithin(venueRegion, a.regionCode());
    }

    /** The controller is this venue itself: its room terminal, or the desktop user it is. */
    public boolean isSelf(Controller controller, Venue venue) {
        return switch (controller) {
            case Controller.Terminal(String id) -> venue.kind() == Venue.Kind.ROOM && venue.participantId().equals(id);
            case Controller.User(Actor a) -> venue.kind() == Venue.Kind.DESKTOP && venue.username().equals(a.username());
        };
    }

    /** The chair's own desktop client, which a roll call leaves unmuted like the main venue. */
    boolean isChairVenue(Venue venue) {
        return venue.kind() == Venue.Kind.DESKTOP && venue.username().equals(chairUsername);
    }
}
