package cn.gov.egov.conference.focus;

import java.net.URI;
import java.util.List;

import org.jitsi.utils.MediaType;
import org.jitsi.xmpp.extensions.colibri2.Media;
import org.jitsi.xmpp.extensions.jingle.ParameterPacketExtension;
import org.jitsi.xmpp.extensions.jingle.PayloadTypePacketExtension;
import org.jitsi.xmpp.extensions.jingle.RTPHdrExtPacketExtension;
import org.jitsi.xmpp.extensions.jingle.RtcpFbPacketExtension;

/**
 * The codecs and RTP header extensions every endpoint and relay is given: Opus for sound, VP8 with RTX for pictures
 * (simulcast-capable in every browser), transport-wide congestion control. The SDP offers the clients receive list
 * exactly these (DESIGN.md §3). Plain Java.
 */
public final class CodecProfile {

    public static final int OPUS = 111;
    public static final int VP8 = 100;
    public static final int VP8_RTX = 96;
    public static final int AUDIO_LEVEL_EXT = 1;
    public static final int TRANSPORT_CC_EXT = 5;

    private CodecProfile() {
    }

    public static List<Media> media() {
        return List.of(audio(), video());
    }

    static Media audio() {
        PayloadTypePacketExtension opus = payload(OPUS, "opus", 48_000, 2);
        opus.addParameter(parameter("minptime", "10"));
        opus.addParameter(parameter("useinbandfec", "1"));
        opus.addRtcpFeedbackType(feedback("transport-cc", null));
        return Media.getBuilder().setType(MediaType.AUDIO).addPayloadType(opus)
                .addRtpHdrExt(extension(AUDIO_LEVEL_EXT, "urn:ietf:params:rtp-hdrext:ssrc-audio-level"))
                .addRtpHdrExt(extension(TRANSPORT_CC_EXT,
                        "http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01"))
                .build();
    }

    static Media video() {
        PayloadTypePacketExtension vp8 = payload(VP8, "VP8", 90_000, 0);
        vp8.addRtcpFeedbackType(feedback("ccm", "fir"));
        vp8.addRtcpFeedbackType(feedback("nack", null));
        vp8.addRtcpFeedbackType(feedback("nack", "pli"));
        vp8.addRtcpFeedbackType(feedback("transport-cc", null));
        PayloadTypePacketExtension rtx = payload(VP8_RTX, "rtx", 90_000, 0);
        rtx.addParameter(parameter("apt", String.valueOf(VP8)));
        return Media.getBuilder().setType(MediaType.VIDEO).addPayloadType(vp8).addPayloadType(rtx)
                .addRtpHdrExt(extension(TRANSPORT_CC_EXT,
                        "http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01"))
                .build();
    }

    private static PayloadTypePacketExtension payload(int id, String name, int clockrate, int channels) {
        PayloadTypePacketExtension p = new PayloadTypePacketExtension();
        p.setId(id);
        p.setName(name);
        p.setClockrate(clockrate);
        if (channels > 0) {
            p.setChannels(channels);
        }
        return p;
    }

    private static ParameterPacketExtension parameter(String name, String value) {
        ParameterPacketExtension p = new ParameterPacketExtension();
        p.setName(name);
        p.setValue(value);
        return p;
    }

    private static RtcpFbPacketExtension feedback(String type, String subtype) {
        RtcpFbPacketExtension f = new RtcpFbPacketExtension();
        f.setFeedbackType(type);
        if (subtype != null) {
            f.setFeedbackSubtype(subtype);
        }
        return f;
    }

    private static RTPHdrExtPacketExtension extension(int id, String uri) {
        RTPHdrExtPacketExtension e = new RTPHdrExtPacketExtension();
        e.setID(String.valueOf(id));
        e.setURI(URI.create(uri));
        return e;
    }
}
