package cn.gov.egov.conference.control;

import java.time.Instant;

/**
 * What conference control holds for one present venue.
 *
 * @param joinOrder    the revision at which the venue joined: polling order, ascending
 * @param audioMuted   the bridge forces its microphone off (静音)
 * @param videoOff     the bridge forces its camera off
 * @param handRaisedAt when it raised its hand (举手 / 申请发言), null when the hand is down
 */
public record VenueState(Venue venue, long joinOrder, Instant joinedAt, boolean audioMuted, boolean videoOff,
                         Instant handRaisedAt, ThinLink thinLink) {

    public String id() {
        return venue.participantId();
    }

    public boolean handRaised() {
        return handRaisedAt != null;
    }

    VenueState withAudioMuted(boolean muted) {
        return new VenueState(venue, joinOrder, joinedAt, muted, videoOff, handRaisedAt, thinLink);
    }

    VenueState withVideoOff(boolean off) {
        return new VenueState(venue, joinOrder, joinedAt, audioMuted, off, handRaisedAt, thinLink);
    }

    VenueState withHand(Instant raisedAt) {
        return new VenueState(venue, joinOrder, joinedAt, audioMuted, videoOff, raisedAt, thinLink);
    }

    VenueState withThinLink(ThinLink mode) {
        return new VenueState(venue, joinOrder, joinedAt, audioMuted, videoOff, handRaisedAt, mode);
    }
}
