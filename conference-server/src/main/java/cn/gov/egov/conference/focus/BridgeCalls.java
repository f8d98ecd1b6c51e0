package cn.gov.egov.conference.focus;

import org.jitsi.xmpp.extensions.colibri2.ConferenceModifiedIQ;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifyIQ;

import cn.gov.egov.colibri.AllocationRejectedException;
import cn.gov.egov.colibri.BridgeException;
import cn.gov.egov.colibri.BridgeUnavailableException;
import cn.gov.egov.colibri.Colibri2Client;
import cn.gov.egov.conference.bridge.Bridge;

/** Colibri2 requests of one conference: its meeting id and name, and failures reported to the registry. */
final class BridgeCalls {

    private final String meetingId;
    private final String name;
    private final Colibri2Client colibri;
    private final FocusConference.FailureListener failures;

    BridgeCalls(String meetingId, String name, Colibri2Client colibri, FocusConference.FailureListener failures) {
        this.meetingId = meetingId;
        this.name = name;
        this.colibri = colibri;
        this.failures = failures;
    }

    ConferenceModifyIQ.Builder request(boolean create) {
        ConferenceModifyIQ.Builder iq = ConferenceModifyIQ.builder("focus");
        iq.setMeetingId(meetingId);
        if (create) {
            iq.setCreate(true);
            iq.setConferenceName(name);
        }
        return iq;
    }

    ConferenceModifiedIQ send(Bridge bridge, ConferenceModifyIQ iq) {
        try {
            return colibri.send(bridge.baseUrl(), iq);
        } catch (BridgeException e) {
            if (e.removeBridge()) {
                failures.bridgeFailed(bridge.id(), e.getMessage());
            }
            throw e;
        }
    }

    /**
     * Sends a request that may be repeated without harm (it sets what an existing endpoint or relay has), and
     * repeats it once when the bridge failed it with 5xx: JVB does that when a request runs into an exception of its
     * own (a ConcurrentModificationException in Endpoint.sendAllVideoConstraints, seen while a failover's
     * participants arrived), and the next try succeeds. Only a second failure is reported.
     */
    ConferenceModifiedIQ sendRepeatable(Bridge bridge, ConferenceModifyIQ iq) {
        try {
            return colibri.send(bridge.baseUrl(), iq);
        } catch (BridgeUnavailableException e) {
            if (e.status() >= 500) {
                return send(bridge, iq);
            }
            failures.bridgeFailed(bridge.id(), e.getMessage());
            throw e;
        }
    }

    void sendIgnoringGone(Bridge bridge, ConferenceModifyIQ iq) {
        try {
            send(bridge, iq);
        } catch (AllocationRejectedException e) {
            if (!e.conferenceGone()) {
                throw e;
            }
        }
    }
}
