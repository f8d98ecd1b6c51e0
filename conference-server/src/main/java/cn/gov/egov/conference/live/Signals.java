package cn.gov.egov.conference.live;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.gov.egov.conference.control.ControlState;

/**
 * The messages the focus sends to clients (protocol version 1, docs/signalling.md). Each record serialises as
 * JSON with its {@code type}.
 */
public final class Signals {

    public static final int VERSION = 1;

    private Signals() {
    }

    public record ConferenceInfo(UUID conferenceId, UUID occurrenceId, String title, Instant start, Instant end,
                                 UUID mainRoomId) {
    }

    /** Admitted: who you are in this conference, where the bridge channel is, and a ticket for reconnecting. */
    public record Joined(String type, int v, String participantId, ConferenceInfo conference, String bridgeChannel,
                         String resume) {
        public Joined(String participantId, ConferenceInfo conference, String bridgeChannel, String resume) {
            this("joined", VERSION, participantId, conference, bridgeChannel, resume);
        }
    }

    /**
     * A new SDP offer to answer. {@code restart}: a new session (another bridge): close the old peer connection and
     * answer from a new one; the bridge channel URL changes with it.
     */
    public record Offer(String type, int version, String sdp, boolean restart, String bridgeChannel) {
        public Offer(int version, String sdp, boolean restart, String bridgeChannel) {
            this("offer", version, sdp, restart, bridgeChannel);
        }
    }

    /** One member as everyone sees it; {@code audio}/{@code video}/{@code screen} as its client last said. */
    public record Member(String id, String name, String kind, String region, boolean main, boolean audio,
                         boolean video, boolean screen) {
    }

    /**
     * What a controller may do in a live conference: {@code whole} the conference-wide actions, {@code anything} at
     * all, and on which present venues (by participant id).
     */
    public record Authority(boolean whole, boolean anything, List<String> venues) {
    }

    public record Roster(String type, List<Member> participants) {
        public Roster(List<Member> participants) {
            this("participants", participants);
        }
    }

    /** Something went wrong; {@code fatal}: the server closes the connection after it. */
    public record Error(String type, String code, String message, boolean fatal) {
        public Error(String code, String message, boolean fatal) {
            this("error", code, message, fatal);
        }
    }

    /** The conference-control state (会控), with the derived {@code layout}; sent to everyone when it changes. */
    public record Control(String type, ControlState state) {
        public Control(ControlState state) {
            this("control", state);
        }
    }

    public record Bye(String type, String reason) {
        public Bye(String reason) {
            this("bye", reason);
        }
    }

    /** A message already serialised, sent as it is (one serialisation for a message to many). */
    public record Prepared(String json) {
    }

    public record Pong(String type) {
        public static final Pong INSTANCE = new Pong("pong");
    }
}
