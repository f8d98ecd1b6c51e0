package cn.gov.egov.conference.signal;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers the focus's offers as a browser would, in text (no media): its own ICE credentials and fingerprint,
 * {@code setup:active}, a microphone SSRC and a camera SSRC with RTX on m-lines 0 and 1, receive-only for the
 * remote sources. For signalling tests; the browser tests use Chromium itself.
 */
public final class FakeBrowser {

    private final long ssrcBase;
    private final String fingerprint;

    public FakeBrowser(long ssrcBase) {
        this.ssrcBase = ssrcBase;
        StringBuilder fp = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            fp.append(i == 0 ? "" : ":").append(String.format("%02X", (ssrcBase + i * 7) & 0xff));
        }
        this.fingerprint = fp.toString();
    }

    public String fingerprint() {
        return fingerprint;
    }

    public long audioSsrc() {
        return ssrcBase;
    }

    public long videoSsrc() {
        return ssrcBase + 1;
    }

    public String answer(String offer) {
        return answer(offer, true, true);
    }

    /** An answer, optionally without the fingerprint or the ICE credentials (to test refusals). */
    public String answer(String offer, boolean withFingerprint, boolean withIce) {
        List<String[]> sections = new ArrayList<>(); // kind, formats, mid, direction
        String[] current = null;
        for (String line : offer.split("\r\n")) {
            if (line.startsWith("m=")) {
                String[] parts = line.substring(2).split(" ", 4);
                current = new String[] {parts[0], parts[3], null, "sendrecv"};
                sections.add(current);
            } else if (current != null && line.startsWith("a=mid:")) {
                current[2] = line.substring(6);
            } else if (current != null && line.matches("a=(sendrecv|sendonly|recvonly|inactive)")) {
                current[3] = line.substring(2);
            }
        }
        StringBuilder sdp = new StringBuilder();
        add(sdp, "v=0");
        add(sdp, "o=- " + ssrcBase + " 2 IN IP4 127.0.0.1");
        add(sdp, "s=-");
        add(sdp, "t=0 0");
        add(sdp, "a=group:BUNDLE " + String.join(" ", sections.stream().map(s -> s[2]).toList()));
        add(sdp, "a=msid-semantic: WMS *");
        for (String[] s : sections) {
            add(sdp, "m=" + s[0] + " 9 UDP/TLS/RTP/SAVPF " + s[1]);
            add(sdp, "c=IN IP4 0.0.0.0");
            if (withIce) {
                add(sdp, "a=ice-ufrag:fake");
                add(sdp, "a=ice-pwd:fakefakefakefakefakefake");
            }
            if (withFingerprint) {
                add(sdp, "a=fingerprint:sha-256 " + fingerprint);
            }
            add(sdp, "a=setup:active");
            add(sdp, "a=mid:" + s[2]);
            String direction = switch (s[3]) {
                case "sendrecv" -> "sendrecv";
                case "sendonly" -> "recvonly";
                default -> "inactive";
            };
            add(sdp, "a=" + direction);
            add(sdp, "a=rtcp-mux");
            if ("0".equals(s[2])) {
                add(sdp, "a=ssrc:" + audioSsrc() + " cname:fake");
                add(sdp, "a=ssrc:" + audioSsrc() + " msid:stream audio");
            } else if ("1".equals(s[2])) {
                long rtx = videoSsrc() + 1;
                add(sdp, "a=ssrc-group:FID " + videoSsrc() + " " + rtx);
                add(sdp, "a=ssrc:" + videoSsrc() + " cname:fake");
                add(sdp, "a=ssrc:" + videoSsrc() + " msid:stream video");
                add(sdp, "a=ssrc:" + rtx + " cname:fake");
                add(sdp, "a=ssrc:" + rtx + " msid:stream video");
            }
        }
        return sdp.toString();
    }

    private static void add(StringBuilder sdp, String line) {
        sdp.append(line).append("\r\n");
    }
}
