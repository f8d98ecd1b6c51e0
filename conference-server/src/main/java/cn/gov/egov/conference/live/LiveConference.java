package cn.gov.egov.conference.live;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.egov.colibri.BridgeException;
import cn.gov.egov.conference.control.ConferenceControl;
import cn.gov.egov.conference.control.ControlAuthority;
import cn.gov.egov.conference.control.ControlCommand;
import cn.gov.egov.conference.control.ControlException;
import cn.gov.egov.conference.control.ControlResult;
import cn.gov.egov.conference.control.ControlState;
import cn.gov.egov.conference.control.Controller;
import cn.gov.egov.conference.control.Effect;
import cn.gov.egov.conference.control.Venue;
import cn.gov.egov.conference.focus.FocusConference;
import cn.gov.egov.conference.focus.Placement;
import cn.gov.egov.conference.signal.sdp.BadSdpException;
import cn.gov.egov.conference.signal.sdp.RemoteSource;
import cn.gov.egov.conference.signal.sdp.SdpAnswer;
import cn.gov.egov.conference.signal.sdp.SdpOffer;

/**
 * One live occurrence as its clients see it: members with their signalling peers, each with its own SDP session
 * made from the bridge's answer ({@link SdpOffer}), kept in step as members come, answer and go. The bridge side
 * offers; a client has at most one offer outstanding, and changes that arrive meanwhile are folded into its next
 * offer (so a burst of 146 joins costs each client a few offers, not 146). Calls are serialised. Plain Java.
 */
public final class LiveConference {

    /** Hears members come and go (attendance, conference control). */
    public interface Listener {
        void joined(LiveConference conference, String participantId, Attendee who);

        void left(LiveConference conference, String participantId, Attendee who, String reason);
    }

    private static final Logger log = LoggerFactory.getLogger(LiveConference.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Signals.ConferenceInfo info;
    private final FocusConference focus;
    private final ConferenceControl control;
    private final Listener listener;
    private final Clock clock;
    private final Map<String, Member> members = new LinkedHashMap<>();
    /** Members whose answer arrived (perhaps still waiting for this conference's lock): not silent. */
    private final Map<String, Boolean> heard = new java.util.concurrent.ConcurrentHashMap<>();
    private java.util.function.UnaryOperator<Object> prepare = java.util.function.UnaryOperator.identity();
    private boolean ended;

    public LiveConference(Signals.ConferenceInfo info, FocusConference focus, ConferenceControl control,
                          Listener listener, Clock clock) {
        this.info = info;
        this.focus = focus;
        this.control = control;
        this.listener = listener;
        this.clock = clock;
    }

    /** How a message sent to many is prepared once (e.g. serialised to JSON); identity by default. */
    public void prepareBroadcastsWith(java.util.function.UnaryOperator<Object> prepare) {
        this.prepare = prepare;
    }

    /** The member's client has sent an answer; called before {@link #answer}, without waiting for the lock. */
    public void heardFrom(String participantId) {
        heard.put(participantId, Boolean.TRUE);
    }

    public Signals.ConferenceInfo info() {
        return info;
    }

    /**
     * Admits a client: an endpoint on a bridge of its region, then {@code joined} and the first offer. A second
     * session of the same room or user replaces the first.
     *
     * @param resume a ticket the client can rejoin with after losing the connection
     */
    public synchronized String join(Attendee who, Peer peer, String resume) {
        if (ended) {
            throw new JoinRefusedException("ended", "会议已结束");
        }
        members.values().stream().filter(m -> m.who.sameAs(who)).map(m -> m.id).toList()
                .forEach(id -> remove(id, "replaced", true));
        String id = newId();
        ControlResult admitted;
        try {
            admitted = control.venueJoined(venue(id, who));
        } catch (ControlException e) {
            throw new JoinRefusedException(e.code(), e.getMessage());
        }
        Placement placement;
        try {
            placement = allocate(id, who.regionCode());
        } catch (RuntimeException e) {
            control.venueLeft(id);
            throw e;
        }
        Member m = new Member(id, who, peer, clock.instant());
        m.placeOn(placement);
        members.put(id, m);
        peer.send(new Signals.Joined(id, info, m.bridgeChannel, resume));
        sendOffer(m);
        sendRoster();
        peer.send(new Signals.Control(control.state()));
        listener.joined(this, id, who);
        apply(admitted);
        return id;
    }

    /**
     * An endpoint on the bridge chosen for the region; a bridge that proves broken is out of selection at once, so
     * one more try lands on the next one (as Jicofo does).
     */
    private Placement allocate(String id, String region) {
        try {
            return focus.join(id, region);
        } catch (BridgeException e) {
            if (!e.removeBridge()) {
                throw e;
            }
            return focus.join(id, region);
        }
    }

    /** The client's answer to its latest offer: transport (first time) and its own sources go to the bridges. */
    public synchronized void answer(String participantId, int version, String sdp) {
        Member m = members.get(participantId);
        if (m == null) {
            throw new JoinRefusedException("not-joined", "您已不在会议中");
        }
        if (version != m.offered) {
            throw new BadSdpException("answer to offer " + version + ", but the latest offer is " + m.offered);
        }
        SdpAnswer answer = SdpAnswer.parse(sdp, participantId, m.sdp.mLineCount());
        boolean first = !m.connected;
        boolean changed = !Member.sameSources(m.sources, answer.sources());
        IceUdpTransportPacketExtension transport = first ? answer.transport() : null;
        if (transport != null || changed) {
            focus.update(participantId, transport, changed ? answer.sources() : null);
        }
        m.connected = true;
        m.answered = version;
        if (changed) {
            m.sources = answer.sources();
            members.values().stream().filter(o -> o != m).forEach(o -> o.dirty = true);
        }
        flush();
    }

    /** What the member's client says it sends now (microphone, camera, screen); everyone sees it in the roster. */
    public synchronized void mediaState(String participantId, boolean audio, boolean video, boolean screen) {
        Member m = members.get(participantId);
        if (m == null || (m.audio == audio && m.video == video && m.screen == screen)) {
            return;
        }
        boolean screenChanged = m.screen != screen;
        m.audio = audio;
        m.video = video;
        m.screen = screen;
        if (screenChanged && m.sources != null) {
            members.values().stream().filter(o -> o != m).forEach(o -> o.dirty = true);
            flush();
        }
        sendRoster();
    }

    /** A conference-control action (会控); its effects reach the bridge and the clients before this returns. */
    public synchronized ControlResult control(Controller by, ControlCommand command) {
        ControlResult result = control.apply(by, command);
        apply(result);
        return result;
    }

    /** Moves polling on by the clock (called every second). */
    public synchronized void tick() {
        if (!ended) {
            apply(control.tick());
        }
    }

    public synchronized ControlState controlState() {
        return control.state();
    }

    /** The client left, was removed or lost its connection. */
    public synchronized void leave(String participantId, String reason) {
        remove(participantId, reason, false);
    }

    /** Members that took an endpoint but never answered within {@code timeout}: their endpoints are expired. */
    public synchronized List<String> expireSilent(Duration timeout) {
        Instant limit = clock.instant().minus(timeout);
        List<String> silent = members.values().stream().filter(m -> !m.connected && m.joinedAt.isBefore(limit)
                        && !heard.containsKey(m.id))
                .map(m -> m.id).toList();
        silent.forEach(id -> remove(id, "no-answer", true));
        return silent;
    }

    /**
     * The bridge {@code bridgeId} is gone: its members get endpoints on other bridges and a new session
     * ({@code restart}); everyone else stops expecting their old sources.
     */
    public synchronized List<String> failover(String bridgeId) {
        List<String> moved = focus.evacuate(bridgeId);
        for (String id : moved) {
            Member m = members.get(id);
            if (m == null) {
                continue;
            }
            m.sources = null;
            members.values().stream().filter(o -> o != m).forEach(o -> o.dirty = true);
            try {
                Placement placement = allocate(id, m.who.regionCode());
                m.placeOn(placement);
                m.connected = false;
                m.restart = true;
                m.offered = m.answered;
                sendOffer(m);
            } catch (RuntimeException e) {
                remove(id, "no-bridge", true);
            }
        }
        flush();
        return moved;
    }

    /** Ends the conference on the bridges and says goodbye to everyone. */
    public synchronized void end(String reason) {
        if (ended) {
            return;
        }
        ended = true;
        for (Member m : List.copyOf(members.values())) {
            members.remove(m.id);
            m.peer.close(reason);
            listener.left(this, m.id, m.who, reason);
        }
        focus.end();
    }

    public synchronized boolean ended() {
        return ended;
    }

    public synchronized Map<String, Attendee> members() {
        Map<String, Attendee> out = new LinkedHashMap<>();
        members.forEach((id, m) -> out.put(id, m.who));
        return out;
    }

    /** Every member as the roster shows it (main venue, what its client says it sends). */
    public synchronized List<Signals.Member> roster() {
        String main = mainParticipant();
        return members.values().stream().map(m -> m.rosterEntry(m.id.equals(main))).toList();
    }

    /** What the controller may do here: the whole conference, and which present venues. */
    public synchronized Signals.Authority authorityOf(Controller by) {
        ControlAuthority a = control.authority();
        List<String> venues = members.values().stream().filter(m -> a.controls(by, m.who.regionCode()))
                .map(m -> m.id).toList();
        return new Signals.Authority(a.controlsAll(by), a.controlsAnything(by), venues);
    }

    /** Members whose client has answered at least once (their media can flow). */
    public synchronized List<String> connected() {
        return members.values().stream().filter(m -> m.connected).map(m -> m.id).toList();
    }

    /** The bridge the participant's media go through now, or null. */
    public synchronized String bridgeOf(String participantId) {
        Placement p = focus.placements().get(participantId);
        return p == null ? null : p.bridgeId();
    }

    public synchronized Peer peer(String participantId) {
        Member m = members.get(participantId);
        return m == null ? null : m.peer;
    }

    /**
     * Sends a message to every member. Over a copy: a peer found broken while sending closes, and its close handler
     * leaves this conference in the same thread.
     */
    public synchronized void broadcast(Object message) {
        if (members.isEmpty()) {
            return;
        }
        Object once = prepare.apply(message);
        List.copyOf(members.values()).forEach(m -> m.peer.send(once));
    }

    private void remove(String id, String reason, boolean closePeer) {
        heard.remove(id);
        Member m = members.remove(id);
        if (m == null) {
            return;
        }
        if (closePeer) {
            m.peer.close(reason);
        }
        try {
            focus.leave(id);
        } catch (BridgeException e) {
            // its bridge is dying (failover re-shapes the relays); the member is gone for everyone all the same
            log.warn("Leave of {} in occurrence {}: its bridge did not answer: {}", id, info.occurrenceId(),
                    e.getMessage());
        }
        apply(control.venueLeft(id));
        if (m.sources != null) {
            members.values().forEach(o -> o.dirty = true);
        }
        flush();
        sendRoster();
        listener.left(this, id, m.who, reason);
    }

    private long shownRevision = -1;
    private boolean rosterDirty;
    private boolean controlDirty;

    /**
     * Sends the roster and the control state to everyone if they changed since the last call: a burst of joins
     * (a province-wide conference starting) costs each client one roster, not one per join, and each message is
     * serialised once for all. Called every few hundred milliseconds.
     */
    public synchronized void flushBroadcasts() {
        if (rosterDirty) {
            rosterDirty = false;
            broadcast(new Signals.Roster(roster()));
        }
        if (controlDirty) {
            controlDirty = false;
            broadcast(new Signals.Control(control.state()));
        }
    }

    /** Carries out what a control change calls for, then tells everyone the new state. */
    private void apply(ControlResult result) {
        for (Effect effect : result.effects()) {
            switch (effect) {
                case Effect.ForceMute f -> {
                    if (members.containsKey(f.participantId())) {
                        focus.forceMute(f.participantId(), f.audio(), f.video());
                    }
                }
                case Effect.Disconnect d -> {
                    Member m = members.get(d.participantId());
                    if (m != null) {
                        m.peer.send(new Signals.Error("removed", d.message(), true));
                        remove(d.participantId(), "removed", true);
                    }
                }
                default -> {
                    // layout and receiver limits travel in the state every client receives; the end is carried out
                    // by LiveConferences, which also closes the occurrence
                }
            }
        }
        ControlState state = result.state();
        if (state.revision() != shownRevision) {
            shownRevision = state.revision();
            controlDirty = true;
        }
    }

    private static Venue venue(String id, Attendee who) {
        return who.kind() == Attendee.Kind.ROOM
                ? Venue.room(id, who.displayName(), who.regionCode(), who.roomId())
                : Venue.desktop(id, who.displayName(), who.regionCode(), who.username());
    }

    private void flush() {
        for (Member m : List.copyOf(members.values())) { // a send may make a broken peer leave (see broadcast)
            if (members.get(m.id) == m && m.dirty && m.awaitsNoAnswer()) {
                sendOffer(m);
            }
        }
    }

    private void sendOffer(Member m) {
        List<RemoteSource> remote = new ArrayList<>();
        members.values().stream().filter(o -> o != m).forEach(o -> remote.addAll(o.shownSources()));
        m.sendOffer(remote);
    }

    /** The roster changed: it goes to everyone at the next {@link #flushBroadcasts()} (coalesced). */
    private void sendRoster() {
        rosterDirty = true;
    }

    /** The member that is the conference's main room (主会场), if it is here. */
    public synchronized String mainParticipant() {
        return members.values().stream().filter(m -> m.who.kind() == Attendee.Kind.ROOM
                && Objects.equals(m.who.roomId(), info.mainRoomId()))
                .map(m -> m.id).findFirst().orElse(null);
    }

    private String newId() {
        String id;
        do {
            byte[] b = new byte[4];
            RANDOM.nextBytes(b);
            id = HexFormat.of().formatHex(b);
        } while (members.containsKey(id));
        return id;
    }
}
