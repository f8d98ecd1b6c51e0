package cn.gov.egov.conference.live;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jitsi.xmpp.extensions.colibri.WebSocketPacketExtension;
import org.jitsi.xmpp.extensions.colibri2.Sources;

import cn.gov.egov.conference.focus.Placement;
import cn.gov.egov.conference.signal.sdp.RemoteSource;
import cn.gov.egov.conference.signal.sdp.SdpOffer;

/**
 * One member of a live conference as its focus keeps it: its peer, its SDP session with the bridge it is placed
 * on, the offer/answer count (one offer outstanding at a time), its sources and what its client says it sends.
 * Guarded by the {@link LiveConference} that holds it.
 */
final class Member {

    private static final SecureRandom RANDOM = new SecureRandom();

    final String id;
    final Attendee who;
    final Peer peer;
    final Instant joinedAt;
    SdpOffer sdp;
    String bridgeChannel;
    int offered;
    int answered;
    /** Has answered the offer of its current session (its media can flow). */
    boolean connected;
    /** Others' sources changed since its last offer. */
    boolean dirty;
    /** Its next offer starts a new session (it was moved to another bridge). */
    boolean restart;
    Sources sources;
    boolean audio = true;
    boolean video = true;
    boolean screen;

    Member(String id, Attendee who, Peer peer, Instant joinedAt) {
        this.id = id;
        this.who = who;
        this.peer = peer;
        this.joinedAt = joinedAt;
    }

    /** A new session with the bridge the member is placed on: its offers are made from that bridge's transport. */
    void placeOn(Placement placement) {
        sdp = new SdpOffer(placement.transport(), RANDOM.nextLong() & Long.MAX_VALUE);
        bridgeChannel = placement.transport().getChildExtensionsOfType(WebSocketPacketExtension.class).stream()
                .map(WebSocketPacketExtension::getUrl).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * The member's sources as others receive them: a screen-share sender exists from the start, but others get it
     * only while it is shared (双流).
     */
    List<RemoteSource> shownSources() {
        if (sources == null) {
            return List.of();
        }
        return RemoteSource.of(id, sources).stream()
                .filter(r -> screen || r.videoType() != RemoteSource.VideoType.DESKTOP).toList();
    }

    /** Sends the next offer, with the others' sources given. */
    void sendOffer(List<RemoteSource> remote) {
        dirty = false;
        offered++;
        boolean restarting = restart;
        restart = false;
        peer.send(new Signals.Offer(offered, sdp.offer(remote), restarting, restarting ? bridgeChannel : null));
    }

    /** May be sent an offer now: its client has answered the last one. */
    boolean awaitsNoAnswer() {
        return answered == offered;
    }

    Signals.Member rosterEntry(boolean main) {
        return new Signals.Member(id, who.displayName(), who.kind().name(), who.regionCode(), main, audio, video,
                screen);
    }

    static boolean sameSources(Sources a, Sources b) {
        return a == null ? b == null : b != null && a.toXML().toString().equals(b.toXML().toString());
    }
}
