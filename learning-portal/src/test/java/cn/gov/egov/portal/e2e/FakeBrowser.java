package cn.gov.egov.portal.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers conference-server's SDP offers as a browser would, in text only (no media): its own ICE credentials and
 * fingerprint, {@code setup:active}, a microphone and a camera SSRC on m-lines 0 and 1. Copied in its minimal form
 * from conference-server's tests, so a test can have rooms in a live conference without a browser per room.
 */
final class FakeBrowser {

    private final long ssrcBase;
    private final String fingerprint;

    FakeBrowser(long ssrcBase) {
        this.ssrcBase = ssrcBase;
        StringBuilder fp = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            fp.append(i == 0 ? "" : ":").append(String.format("%02X", (ssrcBase + i * 7) & 0xff));
        }
        this.fingerprint = fp.toString();
    }

    String answer(String offer) {
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
            add(sdp, "a=ice-ufrag:fake");
            add(sdp, "a=ice-pwd:fakefakefakefakefakefake");
            add(sdp, "a=fingerprint:sha-256 " + fingerprint);
            add(sdp, "a=setup:active");
            add(sdp, "a=mid:" + s[2]);
            add(sdp, "a=" + switch (s[3]) {
                case "sendrecv" -> "sendrecv";
                case "sendonly" -> "recvonly";
                default -> "inactive";
            });
            add(sdp, "a=rtcp-mux");
            if ("0".equals(s[2])) {
                add(sdp, "a=ssrc:" + ssrcBase + " cname:fake");
                add(sdp, "a=ssrc:" + ssrcBase + " msid:stream audio");
            } else if ("1".equals(s[2])) {
                long video = ssrcBase + 1;
                add(sdp, "a=ssrc-group:FID " + video + " " + (video + 1));
                add(sdp, "a=ssrc:" + video + " cname:fake");
                add(sdp, "a=ssrc:" + video + " msid:stream video");
                add(sdp, "a=ssrc:" + (video + 1) + " cname:fake");
                add(sdp, "a=ssrc:" + (video + 1) + " msid:stream video");
            }
        }
        return sdp.toString();
    }

    private static void add(StringBuilder sdp, String line) {
        sdp.append(line).append("\r\n");
    }
}
