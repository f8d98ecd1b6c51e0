package cn.gov.egov.conference.control;

import java.time.Instant;
import java.util.List;

import cn.gov.egov.conference.control.ControlState.Ban;
import cn.gov.egov.conference.control.ControlState.Departed;
import cn.gov.egov.conference.control.ControlState.MuteAll;
import cn.gov.egov.conference.control.ControlState.RollCall;

/** The transitions of conference control, each editing a {@link Draft}; authority is checked before them. */
final class Rules {

    private final ControlAuthority authority;

    Rules(ControlAuthority authority) {
        this.authority = authority;
    }

    static ControlRejectedException reject(String code, String message) {
        return new ControlRejectedException(code, message);
    }

    // --- joining and leaving

    void join(Draft d, Venue venue, long joinOrder, Instant now) {
        Departed was = d.departed.remove(venue.identity());
        if (d.mainVenue == null && venue.identity().equals(d.mainVenueIdentity)) {
            d.mainVenue = venue.participantId();
        }
        VenueState v = new VenueState(venue, joinOrder, now, false, was != null && was.videoOff(), null,
                was == null ? ThinLink.NORMAL : was.thinLink());
        d.put(v.withAudioMuted(was != null && was.audioMuted() || mutedOnJoin(d, v)));
    }

    /** A venue leaves or is removed: nothing may stay pointed at it, and its forced settings are remembered. */
    void depart(Draft d, VenueState v, Instant now) {
        boolean muted = d.rollCall == null ? v.audioMuted() : restoredMute(d, v);
        d.venues.remove(v.id());
        d.departed.remove(v.venue().identity());
        d.departed.put(v.venue().identity(),
                new Departed(v.venue().identity(), now, muted, v.videoOff(), v.thinLink()));
        if (v.id().equals(d.broadcast)) {
            d.broadcast = null;
        }
        if (d.isMain(v)) {
            d.mainVenue = null;
        }
        if (d.rollCall != null && v.id().equals(d.rollCall.venue())) {
            endRollCall(d);
        }
        if (d.polling != null && v.id().equals(d.polling.current())) {
            PollingRules.advance(d, v.joinOrder(), now);
        }
    }

    private boolean mutedOnJoin(Draft d, VenueState v) {
        return d.rollCall != null ? !spokenInRollCall(d, v) : mutedByMuteAll(d, v);
    }

    private static boolean mutedByMuteAll(Draft d, VenueState v) {
        MuteAll m = d.muteAll;
        return m != null && !(m.exceptMain() && d.isMain(v)) && !v.venue().identity().equals(m.exceptIdentity());
    }

    /** A roll call mutes everyone but the venue called, the main venue and the chair's own desktop. */
    private boolean spokenInRollCall(Draft d, VenueState v) {
        return v.id().equals(d.rollCall.venue()) || d.isMain(v) || authority.isChairVenue(v.venue());
    }

    /** What ending the roll call gives a venue: its mute from before it, or a newcomer's. */
    private static boolean restoredMute(Draft d, VenueState v) {
        RollCall r = d.rollCall;
        return r.presentBefore().contains(v.id()) ? r.mutedBefore().contains(v.id()) : mutedByMuteAll(d, v);
    }

    // --- main venue, broadcast, roll call

    void designateMain(Draft d, VenueState v, Instant now) {
        d.mainVenue = v.id();
        d.mainVenueIdentity = v.venue().identity();
        if (d.polling != null && v.id().equals(d.polling.current())) {
            PollingRules.advance(d, v.joinOrder(), now);
        }
    }

    void broadcast(Draft d, VenueState v) {
        requireNoRollCall(d);
        d.broadcast = v.id();
    }

    void cancelBroadcast(Draft d) {
        requireNoRollCall(d);
        if (d.broadcast == null) {
            throw reject("no-broadcast", "当前没有广播会场");
        }
        d.broadcast = null;
    }

    void rollCall(Draft d, VenueState called, Instant now) {
        RollCall before = d.rollCall;
        List<String> present = before != null ? before.presentBefore() : d.venues.keySet().stream().toList();
        List<String> muted = before != null ? before.mutedBefore()
                : d.venues.values().stream().filter(VenueState::audioMuted).map(VenueState::id).toList();
        d.rollCall = new RollCall(called.id(), now, present, muted);
        for (VenueState v : List.copyOf(d.venues.values())) {
            d.put(v.withAudioMuted(!spokenInRollCall(d, v)));
        }
        d.put(d.venue(called.id()).withHand(null));
    }

    void endRollCall(Draft d) {
        if (d.rollCall == null) {
            throw reject("no-roll-call", "当前没有点名");
        }
        for (VenueState v : List.copyOf(d.venues.values())) {
            d.put(v.withAudioMuted(restoredMute(d, v)));
        }
        d.rollCall = null;
    }

    private static void requireNoRollCall(Draft d) {
        if (d.rollCall != null) {
            throw reject("roll-call-active", "正在点名，请先结束点名");
        }
    }

    // --- muting

    void muteAll(Draft d, boolean exceptMain, VenueState speaker, Instant now) {
        requireNoRollCall(d);
        d.muteAll = new MuteAll(now, exceptMain, speaker == null ? null : speaker.venue().identity());
        for (VenueState v : List.copyOf(d.venues.values())) {
            d.put(v.withAudioMuted(mutedByMuteAll(d, v)));
        }
    }

    void unmuteAll(Draft d) {
        requireNoRollCall(d);
        d.muteAll = null;
        for (VenueState v : List.copyOf(d.venues.values())) {
            d.put(v.withAudioMuted(false));
        }
        d.departed.replaceAll((k, x) -> new Departed(x.identity(), x.at(), false, x.videoOff(), x.thinLink()));
    }

    void thinLink(Draft d, VenueState v, ThinLink mode) {
        if (mode == null) {
            throw reject("bad-mode", "请选择弱网模式：NORMAL、LOW 或 AUDIO_ONLY");
        }
        d.put(v.withThinLink(mode));
    }

    // --- hands

    void grantHand(Draft d, VenueState v) {
        requireNoRollCall(d);
        requireHand(v);
        d.put(v.withHand(null).withAudioMuted(false));
        d.broadcast = v.id();
    }

    void refuseHand(Draft d, VenueState v) {
        requireHand(v);
        d.put(v.withHand(null));
    }

    private static void requireHand(VenueState v) {
        if (!v.handRaised()) {
            throw reject("no-hand-raised", "该会场没有举手");
        }
    }

    // --- removal, lock, end

    /** Removes every present venue of the identity (one user may be in twice) and bans the identity. */
    void remove(Draft d, VenueState v, String by, Instant now) {
        String identity = v.venue().identity();
        for (VenueState same : List.copyOf(d.venues.values())) {
            if (same.venue().identity().equals(identity)) {
                depart(d, same, now);
            }
        }
        d.banned.put(identity, new Ban(identity, v.venue().displayName(), v.venue().regionCode(), now, by));
    }

    void readmit(Draft d, String identity) {
        if (d.banned.remove(identity) == null) {
            throw reject("not-banned", "该会场没有被移出会议");
        }
    }

    void end(Draft d) {
        d.ended = true;
        d.polling = null;
    }
}
