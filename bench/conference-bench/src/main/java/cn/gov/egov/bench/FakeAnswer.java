package cn.gov.egov.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Answers the focus's offers as a browser would, in text and without media, like conference-server's test helper
 * {@code FakeBrowser}: its own ICE credentials and fingerprint, {@code setup:active}, a microphone SSRC and a camera
 * SSRC with RTX on m-lines 0 and 1, receive-only for every remote source. Written without regular expressions: a
 * province-wide offer has some 300 m-lines, and 146 clients answer in the benchmark's own process.
 * <p>
 * {@code FakeBrowser} repeats the transport attributes (ICE credentials, fingerprint, setup) and {@code c=} in every
 * m-line, about 280 bytes per receive-only m-line, so that its answer to an offer of about 120 participants or more
 * exceeds the 64 KiB conference-server accepts. A <em>compact</em> answer writes them once, as RFC 8843 §7.3 has
 * it for a BUNDLE group (transport attributes only in the tagged m-line, {@code c=} at session level): about 70 bytes
 * per receive-only m-line.
 */
final class FakeAnswer {

    private final long ssrcBase;
    private final String fingerprint;
    private final boolean compact;

    FakeAnswer(long ssrcBase, boolean compact) {
        this.ssrcBase = ssrcBase;
        this.compact = compact;
        StringBuilder fp = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            fp.append(i == 0 ? "" : ":").append(String.format(Locale.ROOT, "%02X", (ssrcBase + i * 7) & 0xff));
        }
        this.fingerprint = fp.toString();
    }

    long audioSsrc() {
        return ssrcBase;
    }

    long videoSsrc() {
        return ssrcBase + 1;
    }

    /** The answer to an offer. */
    String answer(String offer) {
        List<String[]> sections = new ArrayList<>(); // kind, formats, mid, direction
        String[] current = null;
        int from = 0;
        while (from < offer.length()) {
            int eol = offer.indexOf("\r\n", from);
            if (eol < 0) {
                eol = offer.length();
            }
            String line = offer.substring(from, eol);
            from = eol + 2;
            if (line.startsWith("m=")) {
                String[] parts = line.substring(2).split(" ", 4);
                current = new String[] {parts[0], parts[3], null, "sendrecv"};
                sections.add(current);
            } else if (current != null && line.startsWith("a=mid:")) {
                current[2] = line.substring(6);
            } else if (current != null && (line.equals("a=sendrecv") || line.equals("a=sendonly")
                    || line.equals("a=recvonly") || line.equals("a=inactive"))) {
                current[3] = line.substring(2);
            }
        }
        StringBuilder sdp = new StringBuilder(sections.size() * 200 + 300);
        add(sdp, "v=0");
        add(sdp, "o=- " + ssrcBase + " 2 IN IP4 127.0.0.1");
        add(sdp, "s=-");
        add(sdp, "t=0 0");
        sdp.append("a=group:BUNDLE");
        for (String[] s : sections) {
            sdp.append(' ').append(s[2]);
        }
        sdp.append("\r\n");
        add(sdp, "a=msid-semantic: WMS *");
        if (compact) {
            add(sdp, "c=IN IP4 0.0.0.0");
        }
        boolean first = true;
        for (String[] s : sections) {
            add(sdp, "m=" + s[0] + " 9 UDP/TLS/RTP/SAVPF " + s[1]);
            if (!compact) {
                add(sdp, "c=IN IP4 0.0.0.0");
            }
            if (first || !compact) {
                add(sdp, "a=ice-ufrag:fake");
                add(sdp, "a=ice-pwd:fakefakefakefakefakefake");
                add(sdp, "a=fingerprint:sha-256 " + fingerprint);
                add(sdp, "a=setup:active");
            }
            first = false;
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
