package cn.gov.egov.conference.signal.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jitsi.utils.MediaType;
import org.jitsi.xmpp.extensions.colibri2.Media;
import org.jitsi.xmpp.extensions.jingle.ParameterPacketExtension;
import org.jitsi.xmpp.extensions.jingle.PayloadTypePacketExtension;
import org.jitsi.xmpp.extensions.jingle.RTPHdrExtPacketExtension;
import org.jitsi.xmpp.extensions.jingle.RtcpFbPacketExtension;

import cn.gov.egov.conference.focus.CodecProfile;

/**
 * The codec part of an m-line, written from the very payload types and header extensions the bridge is given
 * ({@link CodecProfile}), so that offer and bridge never disagree: the payload type list of the {@code m=} line,
 * {@code a=extmap}, {@code a=rtpmap}, {@code a=rtcp-fb} and {@code a=fmtp}.
 */
final class CodecLines {

    private final String formats;
    private final List<String> extmaps;
    private final List<String> payloads;

    private CodecLines(Media media) {
        List<String> ids = new ArrayList<>();
        extmaps = new ArrayList<>();
        payloads = new ArrayList<>();
        for (RTPHdrExtPacketExtension e : media.getRtpHdrExts()) {
            extmaps.add("a=extmap:" + e.getID() + " " + e.getURI());
        }
        for (PayloadTypePacketExtension p : media.getPayloadTypes()) {
            int id = p.getID();
            ids.add(String.valueOf(id));
            String channels = p.getChannels() > 1 ? "/" + p.getChannels() : "";
            payloads.add("a=rtpmap:" + id + " " + p.getName() + "/" + p.getClockrate() + channels);
            for (RtcpFbPacketExtension fb : p.getRtcpFeedbackTypeList()) {
                String subtype = fb.getFeedbackSubtype() == null ? "" : " " + fb.getFeedbackSubtype();
                payloads.add("a=rtcp-fb:" + id + " " + fb.getFeedbackType() + subtype);
            }
            if (!p.getParameters().isEmpty()) {
                payloads.add("a=fmtp:" + id + " " + p.getParameters().stream()
                        .map(CodecLines::parameter).collect(Collectors.joining(";")));
            }
        }
        formats = String.join(" ", ids);
    }

    /** The lines for audio or video, as {@link CodecProfile#media()} declares them. */
    static CodecLines of(MediaType kind) {
        return CodecProfile.media().stream().filter(m -> m.getType() == kind).findFirst().map(CodecLines::new)
                .orElseThrow(() -> new IllegalStateException("CodecProfile declares no " + kind));
    }

    /** Payload types in order of preference, for the {@code m=} line. */
    String formats() {
        return formats;
    }

    /** {@code a=extmap} lines. */
    List<String> extmaps() {
        return extmaps;
    }

    /** {@code a=rtpmap}, {@code a=rtcp-fb} and {@code a=fmtp} lines. */
    List<String> payloads() {
        return payloads;
    }

    private static String parameter(ParameterPacketExtension p) {
        return p.getName() == null || p.getName().isEmpty() ? p.getValue() : p.getName() + "=" + p.getValue();
    }
}
