package cn.gov.egov.conference.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.egov.conference.control.ControlState.Ban;
import cn.gov.egov.conference.control.ControlState.Departed;
import cn.gov.egov.conference.control.ControlState.MuteAll;
import cn.gov.egov.conference.control.ControlState.Polling;
import cn.gov.egov.conference.control.ControlState.RollCall;

/** A mutable working copy of a {@link ControlState} that one transition edits and then builds. */
final class Draft {

    private final ControlState origin;
    final Map<String, VenueState> venues = new LinkedHashMap<>();
    final Map<String, Ban> banned = new LinkedHashMap<>();
    final Map<String, Departed> departed = new LinkedHashMap<>();
    String mainVenue;
    String mainVenueIdentity;
    String broadcast;
    RollCall rollCall;
    Polling polling;
    MuteAll muteAll;
    boolean locked;
    boolean ended;

    private Draft(ControlState s) {
        origin = s;
        s.venues().forEach(v -> venues.put(v.id(), v));
        s.banned().forEach(b -> banned.put(b.identity(), b));
        s.departed().forEach(x -> departed.put(x.identity(), x));
        mainVenue = s.mainVenue();
        mainVenueIdentity = s.mainVenueIdentity();
        broadcast = s.broadcast();
        rollCall = s.rollCall();
        polling = s.polling();
        muteAll = s.muteAll();
        locked = s.locked();
        ended = s.ended();
    }

    static Draft of(ControlState state) {
        return new Draft(state);
    }

    /** The new snapshot, or the original one (same revision) when nothing changed. */
    ControlState build(Instant now) {
        ControlState same = snapshot(origin.revision(), origin.updatedAt());
        return same.equals(origin) ? origin : snapshot(origin.revision() + 1, now);
    }

    private ControlState snapshot(long revision, Instant at) {
        return new ControlState(origin.conferenceId(), revision, at, List.copyOf(venues.values()), mainVenue,
                mainVenueIdentity, broadcast, rollCall, polling, muteAll, locked, ended,
                List.copyOf(banned.values()), List.copyOf(departed.values()));
    }

    VenueState venue(String participantId) {
        return venues.get(participantId);
    }

    void put(VenueState venue) {
        venues.put(venue.id(), venue);
    }

    boolean isMain(VenueState venue) {
        return venue.id().equals(mainVenue);
    }

    /** Every present venue but the main one, in join order. */
    List<VenueState> subVenues() {
        return venues.values().stream().filter(v -> !isMain(v)).toList();
    }
}
