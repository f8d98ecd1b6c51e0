package cn.gov.egov.conference.signal.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jitsi.utils.MediaType;
import org.jitsi.xmpp.extensions.colibri.SourcePacketExtension;
import org.jitsi.xmpp.extensions.colibri2.Colibri2Endpoint;
import org.jitsi.xmpp.extensions.colibri2.ConferenceModifyIQ;
import org.jitsi.xmpp.extensions.colibri2.MediaSource;
import org.jitsi.xmpp.extensions.colibri2.Transport;
import org.jitsi.xmpp.extensions.colibri2.json.Colibri2JSONSerializer;
import org.jitsi.xmpp.extensions.jingle.CandidatePacketExtension;
import org.jitsi.xmpp.extensions.jingle.CandidateType;
import org.jitsi.xmpp.extensions.jingle.DtlsFingerprintPacketExtension;
import org.jitsi.xmpp.extensions.jingle.IceUdpTransportPacketExtension;
import org.jitsi.xmpp.extensions.jingle.SourceGroupPacketExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real answer of Chromium 156 to one of our offers (simulcast munged in by simulcast.js, 7 m-lines), read into
 * the transport and sources the bridge is given; and every kind of bad answer refused with a message naming the
 * fault.
 */
class SdpAnswerTest {

    /** Captured by SdpBrowserIT (target/sdp/chromium-answer.sdp). */
    private static final String CHROMIUM = SdpFixtures.script("chromium-answer.sdp").replace("\r\n", "\n")
            .replace("\n", "\r\n");
    private static final String FINGERPRINT = "AE:4E:4B:C7:A7:E0:12:95:69:70:1F:A8:BB:6E:A5:E3:87:71:CC:C3:AF:41:8B:3F:"
            + "A7:A6:86:76:4C:17:72:43";

    @Test
    void readsChromiumsAnswer() {
        SdpAnswer answer = SdpAnswer.parse(CHROMIUM, "me", 7);

        IceUdpTransportPacketExtension ice = answer.transport();
        assertThat(ice.getUfrag()).isEqualTo("qdVC");
        assertThat(ice.getPassword()).isEqualTo("R77Yb00FCqY+SE3ZP/dWTuuh");
        DtlsFingerprintPacketExtension fp = ice.getFirstChildOfType(DtlsFingerprintPacketExtension.class);
        assertThat(fp.getHash()).isEqualTo("sha-256");
        assertThat(fp.getFingerprint()).isEqualTo(FINGERPRINT);
        assertThat(fp.getSetup()).isEqualTo("active");
        assertThat(answer.setup()).isEqualTo("active");
        assertThat(ice.getCandidateList()).extracting(c -> CandidateLines.write(c)).containsExactly(
                "candidate:2622687789 1 udp 2122194687 192.0.2.2 53495 typ host generation 0",
                "candidate:1463143373 1 udp 2122265343 fd00::2 42425 typ host generation 0",
                "candidate:1660542649 1 tcp 1518214911 192.0.2.2 9 typ host tcptype active generation 0",
                "candidate:2845777753 1 tcp 1518285567 fd00::2 9 typ host tcptype active generation 0");

        List<MediaSource> sources = answer.sources().getMediaSources();
        assertThat(sources).extracting(MediaSource::getId).containsExactly("me-a0", "me-v0");
        MediaSource mic = sources.get(0);
        assertThat(mic.getType()).isEqualTo(MediaType.AUDIO);
        assertThat(mic.getSources()).singleElement().satisfies(s -> {
            assertThat(s.getSSRC()).isEqualTo(368826660L);
            assertThat(s.getName()).isEqualTo("me-a0");
            assertThat(s.getVideoType()).isNull();
        });
        assertThat(mic.getSsrcGroups()).isEmpty();
        MediaSource camera = sources.get(1);
        assertThat(camera.getType()).isEqualTo(MediaType.VIDEO);
        assertThat(camera.getSources()).extracting(SourcePacketExtension::getSSRC).containsExactly(73451139L,
                888782309L, 3683489372L, 1810704980L, 2013607622L, 1085837117L);
        assertThat(camera.getSources()).allSatisfy(s -> {
            assertThat(s.getName()).isEqualTo("me-v0");
            assertThat(s.getVideoType()).isEqualTo("camera");
        });
        assertThat(camera.getSsrcGroups()).extracting(SdpAnswerTest::group).containsExactly(
                "SIM 73451139 3683489372 2013607622", "FID 73451139 888782309", "FID 3683489372 1810704980",
                "FID 2013607622 1085837117");
        assertThat(answer.ownSources()).extracting(RemoteSource::name).containsExactly("me-a0", "me-v0");
        assertThat(answer.ownSources().get(1).primarySsrc()).isEqualTo(73451139L);
    }

    @Test
    void whatItReadsSerialisesAsTheColibri2PatchOfTheEndpoint() {
        SdpAnswer answer = SdpAnswer.parse(CHROMIUM, "me");
        Colibri2Endpoint.Builder endpoint = Colibri2Endpoint.getBuilder();
        endpoint.setId("me");
        endpoint.setTransport(Transport.getBuilder().setIceUdpExtension(answer.transport()).build());
        endpoint.setSources(answer.sources());
        ConferenceModifyIQ.Builder iq = ConferenceModifyIQ.builder("focus");
        iq.setMeetingId("m");
        iq.addEndpoint(endpoint.build());

        String json = Colibri2JSONSerializer.serializeConferenceModify(iq.build()).toString();

        assertThat(json).contains("\"ufrag\":\"qdVC\"", "\"pwd\":\"R77Yb00FCqY+SE3ZP/dWTuuh\"",
                "\"setup\":\"active\"", "\"hash\":\"sha-256\"", FINGERPRINT, "\"id\":\"me-v0\"", "368826660",
                "\"semantics\":\"SIM\"", "\"videoType\":\"camera\"");
    }

    @Test
    void theSourcesGivenToTheBridgeAreWhatOtherParticipantsAreOffered() {
        SdpAnswer answer = SdpAnswer.parse(CHROMIUM, "me");

        assertThat(RemoteSource.of("me", answer.sources())).isEqualTo(answer.ownSources());
        String offer = new SdpOffer(SdpFixtures.bridgeTransport(), 1).offer(answer.ownSources());
        assertThat(offer).contains("a=ssrc-group:FID 73451139 888782309\r\n", "a=ssrc:368826660 msid:me me-a0\r\n")
                .doesNotContain("3683489372");
    }

    @Test
    void lfLineEndingsSessionLevelTransportAndTheScreenWhenItSends() {
        String screen = String.join("\r\n", "a=ssrc-group:FID 77 78", "a=ssrc:77 cname:x", "a=ssrc:78 cname:x");
        String sdp = sessionLevelTransport(without(CHROMIUM, "a=candidate"))
                .replace("a=mid:2\r\n", "a=mid:2\r\na=candidate:1 1 udp 2122260223 10.1.2.3 50000 typ host "
                        + "generation 0 network-id 1\r\n")
                .replace("a=inactive\r\n", "a=sendonly\r\n" + screen + "\r\n")
                .replace("a=mid:0\r\n", "a=mid:0\r\n"
                        + "a=candidate:2 1 udp 2122260223 10.1.2.3 50000 typ host generation 0 network-id 1\r\n"
                        + "a=candidate:3 1 udp 2122260223 3e2f-ab.local 50001 typ host generation 0\r\n"
                        + "a=candidate:4 1 tcp 1518280447 10.1.2.3 9 typ host tcptype active generation 0\r\n"
                        + "a=candidate:5 1 udp 1686052607 203.0.113.7 40000 typ srflx raddr 10.1.2.3 rport 50000\r\n")
                .replace("\r\n", "\n");

        SdpAnswer answer = SdpAnswer.parse(sdp, "me", 7);

        assertThat(answer.transport().getUfrag()).isEqualTo("qdVC");
        assertThat(answer.setup()).isEqualTo("active");
        List<CandidatePacketExtension> candidates = answer.transport().getCandidateList();
        assertThat(candidates)
                .extracting(c -> c.getIP() + " " + c.getPort() + " " + c.getProtocol() + " " + c.getType())
                .containsExactly("10.1.2.3 50000 udp host", "10.1.2.3 9 tcp host", "203.0.113.7 40000 udp srflx");
        assertThat(candidates.get(1).getTcpType()).isEqualTo("active");
        assertThat(candidates.get(2).getRelAddr()).isEqualTo("10.1.2.3");
        assertThat(candidates.get(2).getRelPort()).isEqualTo(50000);
        assertThat(candidates.get(2).getType()).isEqualTo(CandidateType.srflx);
        assertThat(candidates.getFirst().getPriority()).isEqualTo(2122260223);
        assertThat(candidates).extracting(CandidatePacketExtension::getID).doesNotHaveDuplicates();

        MediaSource desktop = answer.sources().getMediaSources().get(2);
        assertThat(desktop.getId()).isEqualTo("me-v1");
        assertThat(desktop.getSources()).extracting(s -> s.getSSRC() + " " + s.getName() + " " + s.getVideoType())
                .containsExactly("77 me-v1 desktop", "78 me-v1 desktop");
        assertThat(desktop.getSsrcGroups()).extracting(SdpAnswerTest::group).containsExactly("FID 77 78");
    }

    @Test
    void aClientThatSendsNothingHasNoSources() {
        String sdp = CHROMIUM.replace("a=sendrecv", "a=recvonly").lines()
                .filter(l -> !l.startsWith("a=ssrc")).collect(Collectors.joining("\r\n"));

        assertThat(SdpAnswer.parse(sdp, "me").sources().getMediaSources()).isEmpty();
    }

    static Stream<Arguments> badAnswers() {
        String many = Stream.iterate(1, i -> i + 1).limit(21).map(i -> "a=ssrc:" + i + " cname:x")
                .collect(Collectors.joining("\r\n"));
        return Stream.of(
                Arguments.of("null", null, "SDP answer is empty"),
                Arguments.of("empty", "", "SDP answer is empty"),
                Arguments.of("blank", " \r\n", "SDP answer is empty"),
                Arguments.of("over 1 MiB", CHROMIUM + "a=x:" + "y".repeat(1024 * 1024) + "\r\n",
                        "longer than 1 MiB"),
                Arguments.of("not SDP", "{\"type\":\"answer\"}", "is not SDP: line 1"),
                Arguments.of("no v=0", CHROMIUM.replace("v=0\r\n", ""), "must begin with v=0"),
                Arguments.of("a bad line", CHROMIUM.replace("s=-\r\n", "s=-\r\nhello world\r\n"),
                        "line 4 is not '<letter>=<value>': hello world"),
                Arguments.of("no m-line", "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n", "has 0 m-lines"),
                Arguments.of("no ice-ufrag", without(CHROMIUM, "a=ice-ufrag"), "no a=ice-ufrag"),
                Arguments.of("no ice-pwd", without(CHROMIUM, "a=ice-pwd"), "no a=ice-pwd"),
                Arguments.of("short ice-pwd", CHROMIUM.replace("R77Yb00FCqY+SE3ZP/dWTuuh", "short"),
                        "a=ice-pwd must be 22 to 256 characters"),
                Arguments.of("bad ice-ufrag", CHROMIUM.replace("qdVC", "q G"), "a=ice-ufrag must be 4 to 256"),
                Arguments.of("no fingerprint", without(CHROMIUM, "a=fingerprint"), "no a=fingerprint"),
                Arguments.of("md5 fingerprint", CHROMIUM.replace("sha-256", "md5"),
                        "fingerprint hash 'md5' is not sha-256, sha-384 or sha-512"),
                Arguments.of("short fingerprint", CHROMIUM.replace(FINGERPRINT, "AB:CD"),
                        "a=fingerprint:sha-256 must be followed by 32 colon-separated hex bytes"),
                Arguments.of("no setup", without(CHROMIUM, "a=setup"), "no a=setup"),
                Arguments.of("setup actpass", CHROMIUM.replace("a=setup:active", "a=setup:actpass"),
                        "a=setup:actpass is no answer's DTLS role: it must be active or passive"),
                Arguments.of("ssrc over 32 bits", CHROMIUM.replace("368826660", "4294967296"),
                        "m-line 0 (mid 0): ssrc '4294967296' is not a 32-bit unsigned number"),
                Arguments.of("negative ssrc", CHROMIUM.replace("368826660", "-5"),
                        "ssrc '-5' is not a 32-bit unsigned number"),
                Arguments.of("ssrc not a number", CHROMIUM.replace("a=ssrc:368826660", "a=ssrc:abc"),
                        "ssrc 'abc' is not a 32-bit unsigned number"),
                Arguments.of("21 ssrcs", CHROMIUM.replace("a=ssrc:368826660 cname:gWsjku3GG1Mn3wPn", many),
                        "m-line 0 (mid 0) has more than 20 ssrcs"),
                Arguments.of("group of unknown ssrc", CHROMIUM.replace("FID 73451139 888782309",
                        "FID 73451139 12345"), "m-line 1 (mid 1): a=ssrc-group:FID names ssrc 12345, which has"),
                Arguments.of("malformed candidate", CHROMIUM.replace("a=mid:0\r\n",
                        "a=mid:0\r\na=candidate:1 1 udp 99 10.0.0.1 70000 typ host\r\n"),
                        "port must be a number from 0 to 65535, not '70000'"),
                Arguments.of("m-lines in the wrong order", CHROMIUM.replaceFirst("m=audio", "m=video"),
                        "m-line 0 (mid 0) is video but the offer's m-line 0 is audio"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswers")
    void refusesABadAnswerSayingWhatIsWrong(String name, String sdp, String message) {
        assertThatThrownBy(() -> SdpAnswer.parse(sdp, "me", 7)).isInstanceOf(BadSdpException.class)
                .hasMessageContaining(message);
    }

    @Test
    void refusesAnAnswerWithAnotherMLineCountThanTheOffer() {
        assertThatThrownBy(() -> SdpAnswer.parse(CHROMIUM, "me", 9)).isInstanceOf(BadSdpException.class)
                .hasMessage("the answer has 7 m-lines but the offer had 9");
        SdpOffer offer = new SdpOffer(SdpFixtures.bridgeTransport(), 1);
        offer.offer(SdpFixtures.participant("alice", 1, List.of(2L)));
        assertThat(SdpAnswer.parse(CHROMIUM, "me", offer.mLineCount() + 2).sources().getMediaSources()).hasSize(2);
    }

    private static String group(SourceGroupPacketExtension g) {
        return g.getSemantics() + " " + g.getSources().stream().map(s -> String.valueOf(s.getSSRC()))
                .collect(Collectors.joining(" "));
    }

    private static String without(String sdp, String prefix) {
        return sdp.lines().filter(l -> !l.startsWith(prefix)).collect(Collectors.joining("\r\n")) + "\r\n";
    }

    /** ICE credentials, fingerprint and setup moved from every m-line to the session. */
    private static String sessionLevelTransport(String sdp) {
        List<String> moved = sdp.lines().filter(l -> l.startsWith("a=ice-ufrag") || l.startsWith("a=ice-pwd")
                || l.startsWith("a=fingerprint") || l.startsWith("a=setup")).distinct().toList();
        String stripped = sdp.lines().filter(l -> !moved.contains(l)).collect(Collectors.joining("\r\n")) + "\r\n";
        return stripped.replace("t=0 0\r\n", "t=0 0\r\n" + String.join("\r\n", moved) + "\r\n");
    }
}
