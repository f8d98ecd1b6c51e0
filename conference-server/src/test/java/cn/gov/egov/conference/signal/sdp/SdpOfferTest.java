package cn.gov.egov.conference.signal.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.jitsi.utils.MediaType;
import org.jitsi.xmpp.extensions.colibri.SourcePacketExtension;
import org.jitsi.xmpp.extensions.colibri2.MediaSource;
import org.jitsi.xmpp.extensions.colibri2.Sources;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;
import org.jitsi.xmpp.extensions.jingle.SourceGroupPacketExtension;
import org.junit.jupiter.api.Test;

/** The offers of one client's session: m-line layout, slots kept and reused, codecs and transport. */
class SdpOfferTest {

    private final IceUdpTransportPacketExtension bridge = SdpFixtures.bridgeTransport();
    private final SdpOffer offers = new SdpOffer(bridge, 42);
    private final List<RemoteSource> alice = SdpFixtures.participant("alice", 1111, List.of(2001L, 2002L, 2003L));
    private final List<RemoteSource> bob = SdpFixtures.participant("bob", 4444, List.of(5001L));
    private final List<RemoteSource> carol = SdpFixtures.participant("carol", 7777, List.of(8001L));
    private final List<RemoteSource> dave = SdpFixtures.participant("dave", 9999, List.of(10001L));

    @Test
    void ownMLinesThenOneSendonlyMLinePerRemoteSourceInOneBundle() {
        Sdp sdp = parse(offers.offer(concat(alice, bob)));

        assertThat(sdp.media()).extracting(m -> m.mid() + " " + m.kind() + " " + m.direction()).containsExactly(
                "0 audio sendrecv", "1 video sendrecv", "2 video recvonly",
                "3 audio sendonly", "4 video sendonly", "5 audio sendonly", "6 video sendonly");
        assertThat(sdp.session()).contains("v=0", "o=- 42 1 IN IP4 0.0.0.0", "s=-", "t=0 0",
                "a=group:BUNDLE 0 1 2 3 4 5 6", "a=msid-semantic: WMS *", "a=extmap-allow-mixed");
        assertThat(offers.mLineCount()).isEqualTo(7);
        assertThat(sdp.media().subList(0, 3)).allSatisfy(m -> assertThat(m.attributes("ssrc")).isEmpty());
        assertThat(sdp.media().get(3).attributes("msid")).containsExactly("alice alice-a0");
        assertThat(sdp.media().get(3).attributes("ssrc")).containsExactly("1111 cname:alice",
                "1111 msid:alice alice-a0");
    }

    @Test
    void everyOfferBumpsTheVersionOfTheSameSession() {
        assertThat(offers.version()).isZero();
        offers.offer(alice);
        offers.offer(alice);
        String third = offers.offer(List.of());

        assertThat(offers.version()).isEqualTo(3);
        assertThat(parse(third).session()).contains("o=- 42 3 IN IP4 0.0.0.0");
    }

    @Test
    void aSourceKeepsItsMidWhateverTheOrderItIsListedIn() {
        offers.offer(concat(alice, bob));
        Sdp again = parse(offers.offer(concat(bob, alice)));

        assertThat(offers.mids()).containsExactly(entry("alice-a0", "3"), entry("alice-v0", "4"),
                entry("bob-a0", "5"), entry("bob-v0", "6"));
        assertThat(again.media().get(5).attributes("msid")).containsExactly("bob bob-a0");
    }

    @Test
    void aSourceGoneLeavesItsMLineInactiveWithoutSsrcs() {
        offers.offer(concat(alice, bob));
        Sdp sdp = parse(offers.offer(bob));

        assertThat(sdp.media()).hasSize(7);
        assertThat(sdp.session()).contains("a=group:BUNDLE 0 1 2 3 4 5 6");
        for (Sdp.Section gone : sdp.media().subList(3, 5)) {
            assertThat(gone.direction()).isEqualTo("inactive");
            assertThat(gone.attributes("ssrc")).isEmpty();
            assertThat(gone.attributes("ssrc-group")).isEmpty();
            assertThat(gone.attributes("msid")).isEmpty();
            assertThat(gone.attributes("rtpmap")).isNotEmpty();
        }
        assertThat(sdp.media().get(6).direction()).isEqualTo("sendonly");
    }

    @Test
    void aNewSourceTakesTheLongestFreeMLineOfItsKind() {
        offers.offer(concat(alice, bob));
        offers.offer(alice); // bob's m-lines 5, 6 free first
        offers.offer(List.of()); // then alice's 3, 4

        offers.offer(carol);
        assertThat(offers.mids()).containsExactly(entry("carol-a0", "5"), entry("carol-v0", "6"));
        Sdp sdp = parse(offers.offer(concat(carol, dave)));
        assertThat(offers.mids()).containsEntry("dave-a0", "3").containsEntry("dave-v0", "4");
        assertThat(sdp.media()).hasSize(7);
        assertThat(sdp.media().get(4).attributes("ssrc-group")).containsExactly("FID 10001 11001");

        // no free video m-line left: a new one is added
        RemoteSource screen = new RemoteSource("bob", "bob-v1", MediaType.VIDEO, RemoteSource.VideoType.DESKTOP,
                List.of(12001L), List.of());
        sdp = parse(offers.offer(concat(carol, dave, List.of(screen))));
        assertThat(offers.mids()).containsEntry("bob-v1", "7");
        assertThat(sdp.session()).contains("a=group:BUNDLE 0 1 2 3 4 5 6 7");
    }

    @Test
    void aSimulcastSourceIsOfferedAsItsFirstLayerAndThatLayersRtx() {
        Sdp.Section video = parse(offers.offer(alice)).media().get(4);

        assertThat(video.attributes("ssrc-group")).containsExactly("FID 2001 3001");
        assertThat(video.attributes("ssrc")).containsExactly("2001 cname:alice", "2001 msid:alice alice-v0",
                "3001 cname:alice", "3001 msid:alice alice-v0");
    }

    @Test
    void aVideoSourceWithoutRtxHasNoFidGroupAndAScreenHasAStreamOfItsOwn() {
        RemoteSource screen = new RemoteSource("bob", "bob-v1", MediaType.VIDEO, RemoteSource.VideoType.DESKTOP,
                List.of(12001L), List.of());
        Sdp.Section video = parse(offers.offer(List.of(screen))).media().get(3);

        assertThat(video.attributes("ssrc-group")).isEmpty();
        assertThat(video.attributes("msid")).containsExactly("bob-v1 bob-v1");
        assertThat(video.attributes("ssrc")).containsExactly("12001 cname:bob", "12001 msid:bob-v1 bob-v1");
    }

    @Test
    void codecsAndHeaderExtensionsAreExactlyThoseGivenToTheBridge() {
        Sdp sdp = parse(offers.offer(concat(alice)));

        for (int i : new int[] {0, 3}) {
            Sdp.Section audio = sdp.media().get(i);
            assertThat(audio.media()).isEqualTo("audio 9 UDP/TLS/RTP/SAVPF 111");
            assertThat(audio.lines()).containsSubsequence(
                    "a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level",
                    "a=extmap:5 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01");
            assertThat(audio.attributes("rtpmap")).containsExactly("111 opus/48000/2");
            assertThat(audio.attributes("fmtp")).containsExactly("111 minptime=10;useinbandfec=1");
            assertThat(audio.attributes("rtcp-fb")).containsExactly("111 transport-cc");
            assertThat(audio.attributes("extmap")).hasSize(2);
            assertThat(audio.lines()).contains("a=rtcp-mux").doesNotContain("a=rtcp-rsize");
        }
        for (int i : new int[] {1, 2, 4}) {
            Sdp.Section video = sdp.media().get(i);
            assertThat(video.media()).isEqualTo("video 9 UDP/TLS/RTP/SAVPF 100 96");
            assertThat(video.attributes("extmap")).containsExactly(
                    "5 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01");
            assertThat(video.attributes("rtpmap")).containsExactly("100 VP8/90000", "96 rtx/90000");
            assertThat(video.attributes("rtcp-fb")).containsExactly("100 ccm fir", "100 nack", "100 nack pli",
                    "100 transport-cc");
            assertThat(video.attributes("fmtp")).containsExactly("96 apt=100");
            assertThat(video.lines()).contains("a=rtcp-mux", "a=rtcp-rsize");
        }
    }

    @Test
    void theBridgesIceAndFingerprintWithActpassAndItsCandidateOnTheFirstMLine() {
        bridge.getFirstChildOfType(DtlsFingerprintPacketExtension.class).setSetup("passive");
        DtlsFingerprintPacketExtension fp = bridge.getFirstChildOfType(DtlsFingerprintPacketExtension.class);
        SdpOffer offer = new SdpOffer(bridge, 7);
        String text = offer.offer(bob);
        Sdp sdp = parse(text);

        assertThat(sdp.session()).contains("a=ice-ufrag:" + bridge.getUfrag(), "a=ice-pwd:" + bridge.getPassword(),
                "a=fingerprint:sha-256 " + fp.getFingerprint(), "a=setup:actpass");
        assertThat(sdp.media().getFirst().attributes("candidate"))
                .containsExactly("1 1 udp 2130706431 192.0.2.1 10000 typ host generation 0");
        assertThat(sdp.media().subList(1, 5)).allSatisfy(m -> assertThat(m.attributes("candidate")).isEmpty());
        assertThat(text).doesNotContain("wss:").doesNotContain("secret");
        assertThat(text).endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void refusesABridgeTransportWithoutFingerprintOrCredentialsAndASourceListedTwice() {
        IceUdpTransportPacketExtension noFingerprint = new IceUdpTransportPacketExtension();
        noFingerprint.setUfrag("abcd");
        noFingerprint.setPassword("abcdefghijklmnopqrstuv");
        assertThatThrownBy(() -> new SdpOffer(noFingerprint, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fingerprint");
        assertThatThrownBy(() -> new SdpOffer(new IceUdpTransportPacketExtension(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ufrag");
        IceUdpTransportPacketExtension shortPwd = SdpFixtures.bridgeTransport();
        shortPwd.setPassword("abcdefghijklm");
        assertThatThrownBy(() -> new SdpOffer(shortPwd, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pwd (13 chars)").hasMessageContaining("22-256");
        assertThatThrownBy(() -> offers.offer(concat(bob, bob))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bob-a0").hasMessageContaining("twice");
    }

    @Test
    void remoteSourcesComeFromColibri2MediaSources() {
        MediaSource camera = MediaSource.getBuilder().setType(MediaType.VIDEO).setId("erin-v0")
                .addSource(source(21, "desktop")).addSource(source(22, "desktop")).addSource(source(31, "desktop"))
                .addSource(source(32, "desktop")).addSsrcGroup(group("SIM", 21, 22)).addSsrcGroup(group("FID", 21, 31))
                .addSsrcGroup(group("FID", 22, 32)).build();
        MediaSource mic = MediaSource.getBuilder().setType(MediaType.AUDIO).setId("erin-a0").addSource(source(11, null))
                .build();
        MediaSource silent = MediaSource.getBuilder().setType(MediaType.AUDIO).setId("erin-a1").build();
        Sources sources = Sources.getBuilder().addMediaSource(mic).addMediaSource(camera).addMediaSource(silent)
                .build();

        List<RemoteSource> remote = RemoteSource.of("erin", sources);

        assertThat(remote).hasSize(2);
        assertThat(remote.get(0)).isEqualTo(new RemoteSource("erin", "erin-a0", MediaType.AUDIO, null, List.of(11L),
                List.of()));
        RemoteSource video = remote.get(1);
        assertThat(video.videoType()).isEqualTo(RemoteSource.VideoType.DESKTOP);
        assertThat(video.ssrcs()).containsExactly(21L, 22L, 31L, 32L);
        assertThat(video.groups()).containsExactly(new RemoteSource.SsrcGroup("SIM", List.of(21L, 22L)),
                new RemoteSource.SsrcGroup("FID", List.of(21L, 31L)),
                new RemoteSource.SsrcGroup("FID", List.of(22L, 32L)));
        assertThat(video.primarySsrc()).isEqualTo(21);
        assertThat(video.rtxSsrc()).isEqualTo(31);
        assertThatThrownBy(() -> new RemoteSource("x", "x-a0", MediaType.AUDIO, null, List.of(1L << 32), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32-bit");
    }

    @Test
    void msidPartsAreMadeOfTokenCharacters() {
        assertThat(SdpOffer.token("张 三/(a)")).isEqualTo("_____a_");
        assertThat(SdpOffer.token("room-1.user_2~{x}")).isEqualTo("room-1.user_2~{x}");
        assertThat(SdpOffer.token("x".repeat(70))).hasSize(64);
    }

    private static SourcePacketExtension source(long ssrc, String videoType) {
        SourcePacketExtension s = new SourcePacketExtension();
        s.setSSRC(ssrc);
        if (videoType != null) {
            s.setVideoType(videoType);
        }
        return s;
    }

    private static SourceGroupPacketExtension group(String semantics, long... ssrcs) {
        SourceGroupPacketExtension g = new SourceGroupPacketExtension();
        g.setSemantics(semantics);
        List<SourcePacketExtension> members = new ArrayList<>();
        for (long ssrc : ssrcs) {
            members.add(source(ssrc, null));
        }
        g.addSources(members);
        return g;
    }

    private static Sdp parse(String offer) {
        return Sdp.parse(offer, "offer");
    }

    private static java.util.Map.Entry<String, String> entry(String k, String v) {
        return java.util.Map.entry(k, v);
    }

    @SafeVarargs
    private static List<RemoteSource> concat(List<RemoteSource>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
