package cn.gov.egov.conference.control;

import java.util.ArrayList;
import java.util.List;

/** Derives effects from the difference between two snapshots. */
final class Effects {

    static final String REMOVED = "removed";
    static final String REMOVED_MESSAGE = "您已被移出本次会议";

    private Effects() {
    }

    /**
     * In order: the end of the conference (then nothing else), disconnects of removed venues, forced mutes,
     * receiver limits, the layout.
     */
    static List<Effect> between(ControlState before, ControlState after) {
        if (before == after || before.ended()) {
            return List.of();
        }
        if (after.ended()) {
            return List.of(new Effect.EndConference(after.conferenceId()));
        }
        List<Effect> out = new ArrayList<>();
        for (VenueState old : before.venues()) {
            String identity = old.venue().identity();
            if (after.venue(old.id()).isEmpty() && after.ban(identity).isPresent()
                    && before.ban(identity).isEmpty()) {
                out.add(new Effect.Disconnect(old.id(), REMOVED, REMOVED_MESSAGE));
            }
        }
        for (VenueState now : after.venues()) {
            VenueState old = before.venue(now.id()).orElse(null);
            boolean muteChanged = old == null ? now.audioMuted() || now.videoOff()
                    : old.audioMuted() != now.audioMuted() || old.videoOff() != now.videoOff();
            if (muteChanged) {
                out.add(new Effect.ForceMute(now.id(), now.audioMuted(), now.videoOff()));
            }
        }
        for (VenueState now : after.venues()) {
            ThinLink was = before.venue(now.id()).map(VenueState::thinLink).orElse(ThinLink.NORMAL);
            if (was != now.thinLink()) {
                out.add(Effect.ReceiverLimit.of(now.id(), now.thinLink()));
            }
        }
        if (!before.layout().equals(after.layout())) {
            out.add(after.layout());
        }
        return List.copyOf(out);
    }
}
