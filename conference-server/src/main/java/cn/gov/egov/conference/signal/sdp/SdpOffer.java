package cn.gov.egov.conference.signal.sdp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jitsi.utils.MediaType;
import org.jitsi.xmpp.extensions.jingle.CandidatePacketExtension;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;

/**
 * The SDP offers one client receives during its session; the bridge side is the offerer (as in Jitsi), unified
 * plan, one BUNDLE group over the bridge's ICE/DTLS transport for this client's endpoint.
 * <p>
 * m-lines: mid 0 audio {@code sendrecv} (the client's microphone), mid 1 video {@code sendrecv} (its camera), mid 2
 * video {@code recvonly} (the bridge receives its shared screen), then one {@code sendonly} m-line per remote source
 * with the sender's original SSRCs. A remote source keeps its m-line as long as it is offered; when it goes, its
 * m-line stays, {@code inactive} and without SSRCs (JSEP forbids removing m-lines), and the next new source of the
 * same kind takes the m-line that has been free longest. Every offer bumps the {@code o=} version.
 * <p>
 * Codecs and header extensions are exactly those given to the bridge ({@link CodecLines}); ICE credentials,
 * fingerprint and {@code a=setup:actpass} are written at session level, candidates on the first m-line (the one
 * that tags the BUNDLE group). Thread-safe.
 */
public final class SdpOffer {

    /** The client's own m-lines: microphone, camera, screen. */
    public static final int OWN_MLINES = 3;

    private static final CodecLines AUDIO = CodecLines.of(MediaType.AUDIO);
    private static final CodecLines VIDEO = CodecLines.of(MediaType.VIDEO);

    /** A remote m-line: its kind for good, and the source it carries now (null when inactive). */
    private static final class Slot {
        final MediaType kind;
        RemoteSource source;
        long freedAt;

        Slot(MediaType kind, RemoteSource source) {
            this.kind = kind;
            this.source = source;
        }
    }

    private final long sessionId;
    private final List<String> transportLines = new ArrayList<>();
    private final List<String> candidateLines = new ArrayList<>();
    private final List<Slot> slots = new ArrayList<>();
    private long version;
    private long frees;

    /**
     * @param bridge    the transport the bridge answered for this client's endpoint: ICE ufrag, pwd, candidates and
     *                  DTLS fingerprint (its web-socket child is not for SDP and is ignored)
     * @param sessionId the {@code o=} session id, a non-negative number that stays for the whole session
     * @throws IllegalArgumentException if the transport lacks fingerprint or valid ICE ufrag and pwd
     */
    public SdpOffer(IceUdpTransportPacketExtension bridge, long sessionId) {
        if (sessionId < 0) {
            throw new IllegalArgumentException("session id must not be negative: " + sessionId);
        }
        this.sessionId = sessionId;
        DtlsFingerprintPacketExtension fp = bridge.getFirstChildOfType(DtlsFingerprintPacketExtension.class);
        if (isBlank(bridge.getUfrag()) || isBlank(bridge.getPassword())) {
            throw new IllegalArgumentException("the bridge's transport has no ICE ufrag or pwd");
        }
        // Chromium refuses the whole offer otherwise ("ICE pwd must be between 22 and 256 characters long")
        String ufrag = bridge.getUfrag();
        String pwd = bridge.getPassword();
        if (!ufrag.matches("[A-Za-z0-9+/]{4,256}") || !pwd.matches("[A-Za-z0-9+/]{22,256}")) {
            throw new IllegalArgumentException("the bridge's ICE ufrag (" + ufrag.length() + " chars) or pwd ("
                    + pwd.length() + " chars) is no valid ICE credential: browsers need 4-256 and 22-256 "
                    + "characters of A-Z a-z 0-9 + /");
        }
        if (fp == null || isBlank(fp.getHash()) || isBlank(fp.getFingerprint())) {
            throw new IllegalArgumentException("the bridge's transport has no DTLS fingerprint");
        }
        transportLines.add("a=ice-ufrag:" + ufrag);
        transportLines.add("a=ice-pwd:" + pwd);
        transportLines.add("a=fingerprint:" + fp.getHash().toLowerCase() + " " + fp.getFingerprint().toUpperCase());
        // the offerer always offers both DTLS roles (RFC 8842 §5.2), whatever the bridge's answer said
        transportLines.add("a=setup:actpass");
        for (CandidatePacketExtension c : bridge.getCandidateList()) {
            candidateLines.add("a=" + CandidateLines.write(c));
        }
    }

    /**
     * The next offer: the client's own m-lines and one m-line per remote source, slots kept from earlier offers.
     *
     * @param remote the sources of the other participants this client should receive now
     * @throws IllegalArgumentException if a source is listed twice
     */
    public synchronized String offer(List<RemoteSource> remote) {
        place(remote);
        version++;
        StringBuilder sdp = new StringBuilder();
        line(sdp, "v=0");
        line(sdp, "o=- " + sessionId + " " + version + " IN IP4 0.0.0.0");
        line(sdp, "s=-");
        line(sdp, "t=0 0");
        line(sdp, "a=group:BUNDLE " + String.join(" ",
                IntStream.range(0, mLineCount()).mapToObj(String::valueOf).toList()));
        line(sdp, "a=msid-semantic: WMS *");
        line(sdp, "a=extmap-allow-mixed");
        transportLines.forEach(l -> line(sdp, l));
        own(sdp, MediaType.AUDIO, 0, "sendrecv");
        own(sdp, MediaType.VIDEO, 1, "sendrecv");
        own(sdp, MediaType.VIDEO, 2, "recvonly");
        for (int i = 0; i < slots.size(); i++) {
            remote(sdp, slots.get(i), OWN_MLINES + i);
        }
        return sdp.toString();
    }

    /** The number of m-lines of the latest offer, which its answer must have too. */
    public synchronized int mLineCount() {
        return OWN_MLINES + slots.size();
    }

    /** The {@code o=} version of the latest offer (0 before the first). */
    public synchronized long version() {
        return version;
    }

    /** The mid of each remote source of the latest offer, by source name. */
    public synchronized Map<String, String> mids() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).source != null) {
                out.put(slots.get(i).source.name(), String.valueOf(OWN_MLINES + i));
            }
        }
        return out;
    }

    /** Keeps each source in its slot, frees the slots of sources gone, gives new sources the oldest free slot. */
    private void place(List<RemoteSource> remote) {
        Map<String, RemoteSource> wanted = new LinkedHashMap<>();
        for (RemoteSource s : remote) {
            if (wanted.put(s.key(), s) != null) {
                throw new IllegalArgumentException("source " + s.name() + " of " + s.owner() + " is listed twice");
            }
        }
        for (Slot slot : slots) {
            if (slot.source == null) {
                continue;
            }
            RemoteSource now = wanted.get(slot.source.key());
            if (now != null && now.kind() == slot.kind) {
                slot.source = now;
                wanted.remove(now.key());
            } else {
                slot.source = null;
                slot.freedAt = ++frees;
            }
        }
        for (RemoteSource s : wanted.values()) {
            slots.stream().filter(slot -> slot.source == null && slot.kind == s.kind())
                    .min(Comparator.comparingLong(slot -> slot.freedAt))
                    .ifPresentOrElse(slot -> slot.source = s, () -> slots.add(new Slot(s.kind(), s)));
        }
    }

    private void own(StringBuilder sdp, MediaType kind, int mid, String direction) {
        media(sdp, kind, mid, direction);
        codecs(sdp, kind);
    }

    private void remote(StringBuilder sdp, Slot slot, int mid) {
        RemoteSource s = slot.source;
        if (s == null) {
            media(sdp, slot.kind, mid, "inactive");
            codecs(sdp, slot.kind);
            return;
        }
        media(sdp, slot.kind, mid, "sendonly");
        String stream = token(s.videoType() == RemoteSource.VideoType.DESKTOP ? s.name() : s.owner());
        String msid = stream + " " + token(s.name());
        line(sdp, "a=msid:" + msid);
        codecs(sdp, slot.kind);
        long primary = s.primarySsrc();
        long rtx = s.rtxSsrc();
        List<Long> ssrcs = rtx < 0 ? List.of(primary) : List.of(primary, rtx);
        if (rtx >= 0) {
            line(sdp, "a=ssrc-group:FID " + primary + " " + rtx);
        }
        for (long ssrc : ssrcs) {
            line(sdp, "a=ssrc:" + ssrc + " cname:" + token(s.owner()));
            line(sdp, "a=ssrc:" + ssrc + " msid:" + msid);
        }
    }

    private void media(StringBuilder sdp, MediaType kind, int mid, String direction) {
        CodecLines codecs = kind == MediaType.AUDIO ? AUDIO : VIDEO;
        line(sdp, "m=" + kind + " 9 UDP/TLS/RTP/SAVPF " + codecs.formats());
        line(sdp, "c=IN IP4 0.0.0.0");
        if (mid == 0) {
            candidateLines.forEach(l -> line(sdp, l));
        }
        line(sdp, "a=mid:" + mid);
        codecs.extmaps().forEach(l -> line(sdp, l));
        line(sdp, "a=" + direction);
    }

    private static void codecs(StringBuilder sdp, MediaType kind) {
        line(sdp, "a=rtcp-mux");
        if (kind == MediaType.VIDEO) {
            line(sdp, "a=rtcp-rsize");
        }
        (kind == MediaType.AUDIO ? AUDIO : VIDEO).payloads().forEach(l -> line(sdp, l));
    }

    /** An msid or cname part made of SDP token characters only (RFC 8830 §2); others become '_'. */
    static String token(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            boolean ok = c > 0x20 && c < 0x7F && "\"(),/:;<=>?@[\\]".indexOf(c) < 0;
            b.append(ok ? c : '_');
        }
        return b.length() > 64 ? b.substring(0, 64) : b.toString();
    }

    private static void line(StringBuilder sdp, String line) {
        sdp.append(line).append("\r\n");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
