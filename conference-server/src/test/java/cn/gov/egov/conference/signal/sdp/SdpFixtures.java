package cn.gov.egov.conference.signal.sdp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jitsi.utils.MediaType;
import org.jitsi.xmpp.extensions.colibri.WebSocketPacketExtension;
import org.jitsi.xmpp.extensions.jingle.CandidatePacketExtension;
import org.jitsi.xmpp.extensions.jingle.CandidateType;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceCandidatePacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;

/** Made-up bridge transports, participants' sources and SDP texts for the SDP tests. */
final class SdpFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ICE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private SdpFixtures() {
    }

    /**
     * A transport as a bridge answers it: random ufrag/pwd, sha-256 fingerprint of 32 random bytes with setup
     * actpass, one host candidate 192.0.2.1 udp 10000, and a web-socket URL.
     */
    static IceUdpTransportPacketExtension bridgeTransport() {
        IceUdpTransportPacketExtension ice = new IceUdpTransportPacketExtension();
        ice.setUfrag(random(8));
        ice.setPassword(random(24));
        DtlsFingerprintPacketExtension fp = new DtlsFingerprintPacketExtension();
        byte[] digest = new byte[32];
        RANDOM.nextBytes(digest);
        fp.setFingerprint(HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
        fp.setHash("sha-256");
        fp.setSetup("actpass");
        ice.addChildExtension(fp);
        CandidatePacketExtension c = new IceCandidatePacketExtension();
        c.setComponent(1);
        c.setFoundation("1");
        c.setGeneration(0);
        c.setID("c1");
        c.setNetwork(0);
        c.setPriority(2130706431L);
        c.setProtocol("udp");
        c.setType(CandidateType.host);
        c.setIP("192.0.2.1");
        c.setPort(10000);
        ice.addCandidate(c);
        ice.addChildExtension(new WebSocketPacketExtension("wss://bridge.example/colibri-ws/x/y/z?pwd=secret"));
        return ice;
    }

    /**
     * A participant's microphone ({@code <owner>-a0}) and camera ({@code <owner>-v0}): the given video SSRCs (a SIM
     * group if more than one), each with RTX SSRC video + 1000 in a FID group.
     */
    static List<RemoteSource> participant(String owner, long audio, List<Long> video) {
        List<Long> ssrcs = new ArrayList<>();
        List<RemoteSource.SsrcGroup> groups = new ArrayList<>();
        if (video.size() > 1) {
            groups.add(new RemoteSource.SsrcGroup("SIM", video));
        }
        for (long v : video) {
            ssrcs.add(v);
            ssrcs.add(v + 1000);
            groups.add(new RemoteSource.SsrcGroup("FID", List.of(v, v + 1000)));
        }
        return List.of(
                new RemoteSource(owner, owner + "-a0", MediaType.AUDIO, null, List.of(audio), List.of()),
                new RemoteSource(owner, owner + "-v0", MediaType.VIDEO, RemoteSource.VideoType.CAMERA, ssrcs,
                        groups));
    }

    /** A text resource under /sdp/. */
    static String script(String name) {
        try (InputStream in = SdpFixtures.class.getResourceAsStream("/sdp/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource /sdp/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps an SDP text the browser test saw under target/sdp/, to look at (or to refresh a fixture from). */
    static void keep(String name, String sdp) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "sdp"));
            Files.writeString(dir.resolve(name), sdp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String random(int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ICE_CHARS.charAt(RANDOM.nextInt(ICE_CHARS.length())));
        }
        return b.toString();
    }
}
