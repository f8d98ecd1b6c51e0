package cn.gov.egov.conference.signal.sdp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jitsi.utils.MediaType;
import org.jitsi.xmpp.extensions.colibri.SourcePacketExtension;
import org.jitsi.xmpp.extensions.colibri2.MediaSource;
import org.jitsi.xmpp.extensions.colibri2.Sources;
import org.jitsi.xmpp.extensions.jingle.SourceGroupPacketExtension;

/**
 * One source another participant sends through the bridge (a microphone, a camera or a shared screen), as a
 * client's SDP offer shows it: the sender's original SSRCs, which the bridge forwards unchanged.
 *
 * @param owner     the sending participant's endpoint id
 * @param name      the source name, unique in the conference (e.g. {@code alice-v0})
 * @param kind      {@link MediaType#AUDIO} or {@link MediaType#VIDEO}
 * @param videoType camera or desktop for video; null for audio
 * @param ssrcs     the source's SSRCs (at least one), each a 32-bit unsigned number
 * @param groups    its SSRC groups (FID, SIM…), each naming only SSRCs of {@code ssrcs}
 */
public record RemoteSource(String owner, String name, MediaType kind, VideoType videoType, List<Long> ssrcs,
                           List<SsrcGroup> groups) {

    /** What a video source shows. */
    public enum VideoType {
        CAMERA, DESKTOP;

        /** Colibri's spelling ("camera", "desktop"); null or unknown values mean camera. */
        static VideoType of(String value) {
            return "desktop".equalsIgnoreCase(value) ? DESKTOP : CAMERA;
        }
    }

    /** An {@code a=ssrc-group}: its semantics (FID, SIM) and SSRCs in order. */
    public record SsrcGroup(String semantics, List<Long> ssrcs) {
        public SsrcGroup {
            Objects.requireNonNull(semantics, "semantics");
            ssrcs = List.copyOf(ssrcs);
        }
    }

    static final long MAX_SSRC = 0xFFFF_FFFFL;

    public RemoteSource {
        requireText(owner, "owner");
        requireText(name, "name");
        if (kind != MediaType.AUDIO && kind != MediaType.VIDEO) {
            throw new IllegalArgumentException("source " + name + ": kind must be audio or video, not " + kind);
        }
        videoType = kind == MediaType.VIDEO ? Objects.requireNonNullElse(videoType, VideoType.CAMERA) : null;
        ssrcs = List.copyOf(new LinkedHashSet<>(ssrcs));
        groups = List.copyOf(groups);
        if (ssrcs.isEmpty()) {
            throw new IllegalArgumentException("source " + name + " has no ssrc");
        }
        for (long ssrc : ssrcs) {
            if (ssrc < 0 || ssrc > MAX_SSRC) {
                throw new IllegalArgumentException("source " + name + ": ssrc " + ssrc + " is not 32-bit unsigned");
            }
        }
        for (SsrcGroup g : groups) {
            if (!ssrcs.containsAll(g.ssrcs())) {
                throw new IllegalArgumentException("source " + name + ": group " + g + " names unknown ssrcs");
            }
        }
    }

    /** Conference-wide identity of the source: owner and name. */
    String key() {
        return owner + "\u0000" + name;
    }

    /**
     * The SSRC the receiver is offered: for audio the first; for video the first of the SIM group if any (the
     * bridge rewrites the simulcast layers it forwards onto it), else the first that is no FID group's
     * retransmission SSRC.
     */
    long primarySsrc() {
        if (kind == MediaType.VIDEO) {
            for (SsrcGroup g : groups) {
                if ("SIM".equalsIgnoreCase(g.semantics()) && !g.ssrcs().isEmpty()) {
                    return g.ssrcs().getFirst();
                }
            }
            Set<Long> retransmissions = new LinkedHashSet<>();
            for (SsrcGroup g : groups) {
                if ("FID".equalsIgnoreCase(g.semantics()) && g.ssrcs().size() == 2) {
                    retransmissions.add(g.ssrcs().get(1));
                }
            }
            return ssrcs.stream().filter(s -> !retransmissions.contains(s)).findFirst().orElse(ssrcs.getFirst());
        }
        return ssrcs.getFirst();
    }

    /** The RTX SSRC paired with the primary one by a FID group, or -1 if none (always -1 for audio). */
    long rtxSsrc() {
        if (kind != MediaType.VIDEO) {
            return -1;
        }
        long primary = primarySsrc();
        for (SsrcGroup g : groups) {
            if ("FID".equalsIgnoreCase(g.semantics()) && g.ssrcs().size() == 2 && g.ssrcs().getFirst() == primary) {
                return g.ssrcs().get(1);
            }
        }
        return -1;
    }

    /**
     * The source a Colibri2 {@link MediaSource} describes. Its name is the media source's id, or else the name of
     * its first SSRC; the video type that of its first SSRC that has one.
     *
     * @throws IllegalArgumentException if it has no SSRC, is neither audio nor video, or names no source
     */
    public static RemoteSource of(String owner, MediaSource source) {
        List<Long> ssrcs = new ArrayList<>();
        String name = source.getId();
        String videoType = null;
        for (SourcePacketExtension s : source.getSources()) {
            if (s.hasSSRC()) {
                ssrcs.add(s.getSSRC());
            }
            if (name == null && s.hasName()) {
                name = s.getName();
            }
            if (videoType == null) {
                videoType = s.getVideoType();
            }
        }
        List<SsrcGroup> groups = new ArrayList<>();
        for (SourceGroupPacketExtension g : source.getSsrcGroups()) {
            groups.add(new SsrcGroup(g.getSemantics(),
                    g.getSources().stream().map(SourcePacketExtension::getSSRC).toList()));
        }
        return new RemoteSource(owner, name, source.getType(), VideoType.of(videoType), ssrcs, groups);
    }

    /** The audio and video sources among a participant's Colibri2 {@link Sources} that have SSRCs. */
    public static List<RemoteSource> of(String owner, Sources sources) {
        List<RemoteSource> out = new ArrayList<>();
        if (sources == null) {
            return out;
        }
        for (MediaSource m : sources.getMediaSources()) {
            boolean media = m.getType() == MediaType.AUDIO || m.getType() == MediaType.VIDEO;
            if (media && m.getSources().stream().anyMatch(SourcePacketExtension::hasSSRC)) {
                out.add(of(owner, m));
            }
        }
        return out;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a remote source needs a non-blank " + what);
        }
    }
}
