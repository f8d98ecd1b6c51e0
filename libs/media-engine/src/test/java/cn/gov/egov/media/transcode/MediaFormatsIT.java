package cn.gov.egov.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.egov.embedded.MediaFixtures;
import cn.gov.egov.media.ladder.LadderPlan;
import cn.gov.egov.media.ladder.LadderPlanner;
import cn.gov.egov.media.ladder.LadderProperties;
import cn.gov.egov.media.ladder.Rendition;
import cn.gov.egov.media.probe.MediaProbe;
import cn.gov.egov.media.probe.ProbeResult;

/**
 * Every kind of input the issue names, made by the ffmpeg command line and turned into HLS by our transcoder; the
 * outputs are read back by ffprobe. Small pictures keep it quick: a 640×360 source gets the 360p rung and audio.
 */
class MediaFormatsIT {

    private static final String PICTURE = MediaFixtures.picture(640, 360, 25, 3);
    private static final String STEREO = MediaFixtures.tone(3, "stereo");

    @TempDir
    Path dir;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("h264-aac.mp4", PICTURE, STEREO, List.of("-c:v", "libx264", "-c:a", "aac"), "360p,audio"),
                Arguments.of("hevc.mov", PICTURE, STEREO,
                        List.of("-c:v", "libx265", "-tag:v", "hvc1", "-c:a", "aac"), "360p,audio"),
                Arguments.of("vp8-opus.webm", PICTURE, STEREO,
                        List.of("-c:v", "libvpx", "-deadline", "realtime", "-c:a", "libopus"), "360p,audio"),
                Arguments.of("vp9-opus.webm", PICTURE, STEREO,
                        List.of("-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-c:a", "libopus"),
                        "360p,audio"),
                Arguments.of("h264-opus.mkv", PICTURE, MediaFixtures.tone(3, "5.1"),
                        List.of("-c:v", "libx264", "-c:a", "libopus", "-mapping_family", "1"), "360p,audio"),
                Arguments.of("interlaced-mpeg2.ts", PICTURE, STEREO,
                        List.of("-c:v", "mpeg2video", "-flags", "+ilme+ildct", "-top", "1", "-c:a", "mp2"),
                        "360p,audio"),
                Arguments.of("mpeg4-mp3.avi", PICTURE, MediaFixtures.tone(3, "mono"),
                        List.of("-c:v", "mpeg4", "-c:a", "libmp3lame"), "360p,audio"),
                Arguments.of("sorenson.flv", PICTURE, STEREO,
                        List.of("-c:v", "flv1", "-c:a", "libmp3lame", "-ar", "44100"), "360p,audio"),
                Arguments.of("odd-size.mp4", MediaFixtures.picture(853, 479, 25, 3), STEREO,
                        List.of("-c:v", "libx264", "-pix_fmt", "yuv444p", "-c:a", "aac"), "360p,audio"),
                Arguments.of("variable-rate.mkv", PICTURE, STEREO,
                        List.of("-vf", "select='lt(mod(n\\,10)\\,6)'", "-vsync", "vfr", "-c:v", "libx264",
                                "-c:a", "aac"), "360p,audio"),
                Arguments.of("silent.mp4", PICTURE, null, List.of("-c:v", "libx264"), "360p"),
                Arguments.of("tiny.mp4", MediaFixtures.picture(320, 240, 25, 3), STEREO,
                        List.of("-c:v", "libx264", "-c:a", "aac"), "240p,audio"),
                Arguments.of("speech.mp3", null, STEREO, List.of("-c:a", "libmp3lame"), "audio"),
                Arguments.of("speech.m4a", null, MediaFixtures.tone(3, "mono"), List.of("-c:a", "aac"), "audio"),
                Arguments.of("speech.wav", null, STEREO, List.of("-c:a", "pcm_s16le"), "audio"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void becomesPlayableHls(String name, String video, String audio, List<String> args, String renditions)
            throws Exception {
        Path in = MediaFixtures.make(dir, name, video, audio, args);
        ProbeResult probe = new MediaProbe(Duration.ofHours(6)).probe(in);
        LadderPlan plan = new LadderPlanner(LadderProperties.defaults()).plan(probe);
        assertThat(String.join(",", plan.renditions().stream().map(Rendition::name).toList())).isEqualTo(renditions);
        Path out = dir.resolve("out");
        var result = new HlsTranscoder(0).transcode(in, probe, plan, out, HlsTranscoder.Listener.NONE);
        assertThat(result.decodedMillis()).isBetween(2_500L, 3_100L);
        String master = Files.readString(out.resolve(MasterPlaylist.FILE));
        for (Rendition r : plan.renditions()) {
            assertThat(master).contains(r.name() + "/index.m3u8");
            String probed = MediaFixtures.ffprobe(out.resolve(r.name()).resolve("index.m3u8"));
            if (r.isAudioOnly()) {
                assertThat(probed).contains("\"codec_name\": \"aac\"").doesNotContain("\"codec_type\": \"video\"");
            } else {
                assertThat(probed).contains("\"codec_name\": \"h264\"").contains("\"width\": " + r.width())
                        .contains("\"height\": " + r.height()).contains("\"pix_fmt\": \"yuv420p\"")
                        .contains("\"avg_frame_rate\": \"25/1\"");
                assertThat(probed.contains("\"codec_name\": \"aac\"")).isEqualTo(audio != null);
                assertThat(r.width() % 2 + r.height() % 2).isZero();
            }
        }
        if (name.startsWith("interlaced")) {
            assertThat(probe.video().interlaced()).isTrue();
            assertThat(plan.deinterlace()).isTrue();
        }
        if (name.endsWith(".mkv") && audio != null && audio.contains("5.1")) {
            assertThat(probe.audio().channels()).isEqualTo(6);
        }
    }

    @Test
    void aTurnedPhoneVideoIsShownUpright() throws Exception {
        // red picture with a blue band at the top; the container says "turn 90° counter-clockwise to show"
        Path plain = MediaFixtures.make(dir, "band.mp4", "color=c=red:s=640x360:r=25:d=2,drawbox=x=0:y=0:w=640:h=60:"
                + "color=blue:t=fill", null, List.of("-c:v", "libx264"));
        Path turned = rotated(plain, dir.resolve("phone.mp4"), 90);
        ProbeResult probe = new MediaProbe(Duration.ofHours(6)).probe(turned);
        assertThat(probe.video().rotation()).as("clockwise degrees").isEqualTo(270);
        LadderPlan plan = new LadderPlanner(LadderProperties.defaults()).plan(probe);
        assertThat(plan.video()).extracting(Rendition::name, Rendition::width, Rendition::height)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("360p", 360, 640));
        Path out = dir.resolve("out");
        new HlsTranscoder(0).transcode(turned, probe, plan, out, HlsTranscoder.Listener.NONE);
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(out.resolve("360p/index.m3u8").toFile())) {
            g.start();
            Frame f = g.grabImage();
            assertThat(f.imageWidth).isEqualTo(360);
            assertThat(f.imageHeight).isEqualTo(640);
            // as the ffmpeg command line and players show it: the top band is now the left-hand edge
            assertThat(blue(f, 10, 320)).as("left edge blue").isTrue();
            assertThat(blue(f, 350, 320)).as("right edge red").isFalse();
        }
    }

    /**
     * A copy of {@code source} (video only) with a display matrix as phones write it; ffprobe then reports
     * "rotation of {@code degrees} degrees" and players (and the ffmpeg command line) turn the picture that much
     * counter-clockwise. Made with JavaCV because Debian's ffmpeg 5.1 cannot set it.
     */
    private static Path rotated(Path source, Path target, int degrees) {
        try (org.bytedeco.javacv.FFmpegFrameGrabber g = new org.bytedeco.javacv.FFmpegFrameGrabber(source.toFile())) {
            g.start();
            try (org.bytedeco.javacv.FFmpegFrameRecorder r = new org.bytedeco.javacv.FFmpegFrameRecorder(
                    target.toFile(), g.getImageWidth(), g.getImageHeight(), 0)) {
                r.setFormat("mp4");
                r.setVideoCodecName("libx264");
                r.setFrameRate(g.getFrameRate());
                r.setDisplayRotation(degrees);
                r.start();
                org.bytedeco.javacv.Frame f;
                while ((f = g.grabImage()) != null) {
                    r.record(f);
                }
            }
            return target;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean blue(Frame f, int x, int y) {
        ByteBuffer px = (ByteBuffer) f.image[0];
        int at = y * f.imageStride + x * 3; // BGR
        return (px.get(at) & 0xff) > 150 && (px.get(at + 2) & 0xff) < 100;
    }
}
