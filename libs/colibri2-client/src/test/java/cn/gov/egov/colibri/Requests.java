package cn.gov.egov.colibri;

import org.jitsi.utils.MediaType;
import org.jitsi.xmpp.extensions.colibri2.Colibri2Endpoint;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifyIQ;
import org.jitsi.xmpp.extensions.colibri2.Media;
import org.jitsi.xmpp.extensions.colibri2.Transport;
import org.jitsi.xmpp.extensions.jingle.PayloadTypePacketExtension;

/** Colibri2 requests as the focus will send them, built with the jitsi-xmpp-extensions model. */
public final class Requests {

    private Requests() {
    }

    /** Creates a conference with one endpoint that has Opus audio and asks for its transport. */
    public static ConferenceModifyIQ createWithEndpoint(String meetingId, String endpointId, boolean sourceNames) {
        PayloadTypePacketExtension opus = new PayloadTypePacketExtension();
        opus.setId(111);
        opus.setName("opus");
        opus.setClockrate(48000);
        opus.setChannels(2);
        Colibri2Endpoint.Builder endpoint = Colibri2Endpoint.getBuilder();
        endpoint.setId(endpointId);
        endpoint.setCreate(true);
        endpoint.setStatsId(endpointId);
        if (sourceNames) {
            endpoint.addCapability("source-names");
        }
        endpoint.addMedia(Media.getBuilder().setType(MediaType.AUDIO).addPayloadType(opus).build());
        endpoint.setTransport(Transport.getBuilder().setIceControlling(true).build());
        ConferenceModifyIQ.Builder iq = ConferenceModifyIQ.builder("focus");
        iq.setMeetingId(meetingId);
        iq.setConferenceName(meetingId + "@conference.egov.local");
        iq.setCreate(true);
        iq.addEndpoint(endpoint.build());
        return iq.build();
    }

    /** Expires one endpoint of a conference. */
    public static ConferenceModifyIQ expireEndpoint(String meetingId, String endpointId) {
        Colibri2Endpoint.Builder endpoint = Colibri2Endpoint.getBuilder();
        endpoint.setId(endpointId);
        endpoint.setExpire(true);
        ConferenceModifyIQ.Builder iq = ConferenceModifyIQ.builder("focus");
        iq.setMeetingId(meetingId);
        iq.addEndpoint(endpoint.build());
        return iq.build();
    }

    /** Ends a conference. */
    public static ConferenceModifyIQ expireConference(String meetingId) {
        ConferenceModifyIQ.Builder iq = ConferenceModifyIQ.builder("focus");
        iq.setMeetingId(meetingId);
        iq.setExpire(true);
        return iq.build();
    }
}
