package cn.gov.egov.conference.signal.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jitsi.utils.MediaType;
import org.jitsi.xmpp.extensions.colibri.SourcePacketExtension;
import org.jitsi.xmpp.extensions.colibri2.MediaSource;
import org.jitsi.xmpp.extensions.colibri2.Sources;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;
import org.jitsi.xmpp.extensions.jingle.SourceGroupPacketExtension;

/**
 * A client's SDP answer to an {@link SdpOffer}, read into what the bridge is told in a Colibri2 PATCH of the
 * client's endpoint: its {@link #transport() transport} (ICE ufrag, pwd, candidates if any, DTLS fingerprint with
 * the answer's setup role) and its {@link #sources() sources}, one per m-line of its own that sends: microphone
 * {@code <endpoint>-a0} (mid 0), camera {@code <endpoint>-v0} (mid 1), screen {@code <endpoint>-v1} (mid 2), each
 * with its SSRCs and FID/SIM groups. Every check of the client's text fails with a {@link BadSdpException} saying
 * what is wrong. Immutable; every accessor builds fresh Jingle/Colibri2 objects.
 */
public final class SdpAnswer {

    /** At most this many SSRCs on one m-line: 3 simulcast layers with RTX are 6. */
    public static final int MAX_SSRCS_PER_MLINE = 20;

    private static final List<String> OWN_KINDS = List.of("audio", "video", "video");
    private static final List<String> OWN_SUFFIXES = List.of("-a0", "-v0", "-v1");

    private final String endpointId;
    private final AnswerTransport transport;
    private final List<RemoteSource> own;

    private SdpAnswer(String endpointId, AnswerTransport transport, List<RemoteSource> own) {
        this.endpointId = endpointId;
        this.transport = transport;
        this.own = own;
    }

    /** Reads an answer without checking its m-line count against the offer. */
    public static SdpAnswer parse(String sdp, String endpointId) {
        return parse(sdp, endpointId, -1);
    }

    /**
     * Reads and checks the client's answer.
     *
     * @param endpointId      the client's endpoint id, which names its sources
     * @param expectedMLines  the m-line count of the offer answered ({@link SdpOffer#mLineCount()}), or -1 for any
     * @throws BadSdpException if the answer is unusable
     */
    public static SdpAnswer parse(String sdp, String endpointId, int expectedMLines) {
        if (endpointId == null || endpointId.isBlank()) {
            throw new IllegalArgumentException("an endpoint id is needed to name the sources");
        }
        Sdp parsed = Sdp.parse(sdp, "SDP answer");
        List<Sdp.Section> media = parsed.media();
        if (expectedMLines >= 0 && media.size() != expectedMLines) {
            throw new BadSdpException("the answer has " + media.size() + " m-lines but the offer had "
                    + expectedMLines);
        }
        if (media.size() < SdpOffer.OWN_MLINES) {
            throw new BadSdpException("the answer has " + media.size() + " m-lines, at least "
                    + SdpOffer.OWN_MLINES + " (microphone, camera, screen) expected");
        }
        List<List<Long>> ssrcs = new ArrayList<>();
        for (Sdp.Section m : media) {
            ssrcs.add(ssrcs(m));
        }
        List<RemoteSource> own = new ArrayList<>();
        for (int i = 0; i < SdpOffer.OWN_MLINES; i++) {
            Sdp.Section m = media.get(i);
            if (!OWN_KINDS.get(i).equals(m.kind()) || !String.valueOf(i).equals(m.mid())) {
                throw new BadSdpException(m.label() + " is " + Sdp.clip(m.kind()) + " but the offer's m-line " + i
                        + " is " + OWN_KINDS.get(i) + " with mid " + i);
            }
            boolean sends = m.direction().equals("sendrecv") || m.direction().equals("sendonly");
            if (sends && !ssrcs.get(i).isEmpty()) {
                own.add(new RemoteSource(endpointId, endpointId + OWN_SUFFIXES.get(i),
                        i == 0 ? MediaType.AUDIO : MediaType.VIDEO,
                        i == 2 ? RemoteSource.VideoType.DESKTOP : RemoteSource.VideoType.CAMERA,
                        ssrcs.get(i), groups(m, ssrcs.get(i))));
            }
        }
        return new SdpAnswer(endpointId, AnswerTransport.read(parsed), List.copyOf(own));
    }

    public String endpointId() {
        return endpointId;
    }

    /** The answer's DTLS role: active or passive. */
    public String setup() {
        return transport.setup();
    }

    /** The client's transport, for a Colibri2 {@code Transport} of its endpoint. */
    public IceUdpTransportPacketExtension transport() {
        return transport.toJingle();
    }

    /** The client's own sources, as the other participants' offers show them. */
    public List<RemoteSource> ownSources() {
        return own;
    }

    /** The client's own sources, for the Colibri2 {@code Sources} of its endpoint. */
    public Sources sources() {
        Sources.Builder sources = Sources.getBuilder();
        for (RemoteSource s : own) {
            MediaSource.Builder m = MediaSource.getBuilder().setType(s.kind()).setId(s.name());
            for (long ssrc : s.ssrcs()) {
                SourcePacketExtension e = new SourcePacketExtension();
                e.setSSRC(ssrc);
                e.setName(s.name());
                if (s.videoType() != null) {
                    e.setVideoType(s.videoType().name().toLowerCase(Locale.ROOT));
                }
                m.addSource(e);
            }
            for (RemoteSource.SsrcGroup g : s.groups()) {
                SourceGroupPacketExtension e = new SourceGroupPacketExtension();
                e.setSemantics(g.semantics());
                List<SourcePacketExtension> members = new ArrayList<>();
                for (long ssrc : g.ssrcs()) {
                    SourcePacketExtension member = new SourcePacketExtension();
                    member.setSSRC(ssrc);
                    members.add(member);
                }
                e.addSources(members);
                m.addSsrcGroup(e);
            }
            sources.addMediaSource(m.build());
        }
        return sources.build();
    }

    /** The distinct SSRCs of an m-line's {@code a=ssrc} lines, in order. */
    private static List<Long> ssrcs(Sdp.Section m) {
        List<Long> out = new ArrayList<>();
        for (String value : m.attributes("ssrc")) {
            int space = value.indexOf(' ');
            long ssrc = ssrc(m, space < 0 ? value : value.substring(0, space));
            if (!out.contains(ssrc)) {
                out.add(ssrc);
                if (out.size() > MAX_SSRCS_PER_MLINE) {
                    throw new BadSdpException(m.label() + " has more than " + MAX_SSRCS_PER_MLINE + " ssrcs");
                }
            }
        }
        return out;
    }

    /** The FID and SIM groups of an m-line (others, e.g. FEC-FR, are not for the bridge). */
    private static List<RemoteSource.SsrcGroup> groups(Sdp.Section m, List<Long> ssrcs) {
        List<RemoteSource.SsrcGroup> out = new ArrayList<>();
        for (String value : m.attributes("ssrc-group")) {
            String[] t = value.split("\\s+");
            String semantics = t[0].toUpperCase(Locale.ROOT);
            if (!semantics.equals("FID") && !semantics.equals("SIM")) {
                continue;
            }
            List<Long> members = new ArrayList<>();
            for (int i = 1; i < t.length; i++) {
                long ssrc = ssrc(m, t[i]);
                if (!ssrcs.contains(ssrc)) {
                    throw new BadSdpException(m.label() + ": a=ssrc-group:" + semantics + " names ssrc " + ssrc
                            + ", which has no a=ssrc line");
                }
                members.add(ssrc);
            }
            int expected = semantics.equals("FID") ? 2 : members.size();
            if (members.size() != expected || members.size() < 2) {
                throw new BadSdpException(m.label() + ": a=ssrc-group:" + semantics + " has " + members.size()
                        + " ssrcs (FID needs 2, SIM at least 2)");
            }
            out.add(new RemoteSource.SsrcGroup(semantics, members));
        }
        return out;
    }

    private static long ssrc(Sdp.Section m, String token) {
        try {
            long ssrc = Long.parseLong(token);
            if (ssrc >= 0 && ssrc <= RemoteSource.MAX_SSRC && token.chars().allMatch(Character::isDigit)) {
                return ssrc;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadSdpException(m.label() + ": ssrc '" + Sdp.clip(token) + "' is not a 32-bit unsigned number");
    }

    /** The transport part of an answer, checked. */
    private record AnswerTransport(String ufrag, String pwd, String hash, String fingerprint, String setup,
                                   List<String> candidates) {

        private static final List<String> HASHES = List.of("sha-256", "sha-384", "sha-512");

        /** Reads the ICE and DTLS attributes of the first m-line (the BUNDLE tag), or of the session. */
        static AnswerTransport read(Sdp sdp) {
            Sdp.Section first = sdp.media().getFirst();
            String ufrag = required(sdp, first, "ice-ufrag");
            String pwd = required(sdp, first, "ice-pwd");
            if (!ufrag.matches("[A-Za-z0-9+/]{4,256}")) {
                throw new BadSdpException("a=ice-ufrag must be 4 to 256 characters of A-Z a-z 0-9 + /, not '"
                        + Sdp.clip(ufrag) + "'");
            }
            if (!pwd.matches("[A-Za-z0-9+/]{22,256}")) {
                throw new BadSdpException("a=ice-pwd must be 22 to 256 characters of A-Z a-z 0-9 + /");
            }
            String[] fp = required(sdp, first, "fingerprint").split("\\s+");
            String hash = fp[0].toLowerCase(Locale.ROOT);
            if (!HASHES.contains(hash)) {
                throw new BadSdpException("fingerprint hash '" + Sdp.clip(fp[0])
                        + "' is not sha-256, sha-384 or sha-512");
            }
            int bytes = Integer.parseInt(hash.substring(4)) / 8;
            if (fp.length != 2 || !fp[1].matches("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){" + (bytes - 1) + "}")) {
                throw new BadSdpException("a=fingerprint:" + hash + " must be followed by " + bytes
                        + " colon-separated hex bytes");
            }
            String setup = required(sdp, first, "setup");
            if (!setup.equals("active") && !setup.equals("passive")) {
                throw new BadSdpException("a=setup:" + Sdp.clip(setup)
                        + " is no answer's DTLS role: it must be active or passive");
            }
            List<String> candidates = new ArrayList<>();
            for (String c : first.attributes("candidate")) {
                String value = "candidate:" + c;
                CandidateLines.read(value, "0");
                // mDNS host names (xxxx.local) cannot be resolved by the bridge; it learns the address from checks
                if (!value.split("\\s+")[4].toLowerCase(Locale.ROOT).endsWith(".local")) {
                    candidates.add(value);
                }
            }
            return new AnswerTransport(ufrag, pwd, hash, fp[1].toUpperCase(Locale.ROOT), setup,
                    List.copyOf(candidates));
        }

        IceUdpTransportPacketExtension toJingle() {
            IceUdpTransportPacketExtension ice = new IceUdpTransportPacketExtension();
            ice.setUfrag(ufrag);
            ice.setPassword(pwd);
            DtlsFingerprintPacketExtension fp = new DtlsFingerprintPacketExtension();
            fp.setHash(hash);
            fp.setFingerprint(fingerprint);
            fp.setSetup(setup);
            ice.addChildExtension(fp);
            for (int i = 0; i < candidates.size(); i++) {
                ice.addCandidate(CandidateLines.read(candidates.get(i), String.valueOf(i + 1)));
            }
            return ice;
        }

        private static String required(Sdp sdp, Sdp.Section first, String name) {
            Optional<String> value = first.attribute(name).or(() -> Sdp.attribute(sdp.session(), name));
            if (value.isEmpty() || value.get().isEmpty()) {
                throw new BadSdpException("the answer has no a=" + name + " (on its first m-line or the session)");
            }
            return value.get();
        }
    }
}
