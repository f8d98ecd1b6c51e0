package cn.gov.egov.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled FFmpeg natives load on this JVM and carry libx264 + AAC: encode a real clip, decode it back. */
class JavaCvRoundTripIT {

    @TempDir
    Path dir;

    @Test
    void nativesAreTheGplBuildWithLibx264() {
        assertThat(FfmpegRuntime.version()).startsWith("8.");
        assertThat(FfmpegRuntime.hasLibx264()).isTrue();
    }

    @Test
    void encodesH264AacAndDecodesEveryFrame() throws Exception {
        Path file = dir.resolve("clip.mp4");
        int width = 320;
        int height = 240;
        int frames = 50;
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 1)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName("libx264");
            recorder.setFrameRate(25);
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(44_100);
            recorder.start();
            for (int i = 0; i < frames; i++) {
                recorder.record(gradient(width, height, i));
                recorder.recordSamples(44_100, 1, tone(44_100 / 25, i));
            }
        }
        assertThat(Files.size(file)).isGreaterThan(1_000);

        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            assertThat(grabber.getVideoCodecName()).isEqualTo("h264");
            assertThat(grabber.getAudioCodecName()).isEqualTo("aac");
            assertThat(grabber.getImageWidth()).isEqualTo(width);
            assertThat(grabber.getImageHeight()).isEqualTo(height);
            int decoded = 0;
            while (grabber.grabImage() != null) {
                decoded++;
            }
            assertThat(decoded).isEqualTo(frames);
        }
    }

    private static Frame gradient(int width, int height, int t) {
        Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int at = y * stride + x * 3;
                pixels.put(at, (byte) (x + t * 4));
                pixels.put(at + 1, (byte) y);
                pixels.put(at + 2, (byte) (t * 5));
            }
        }
        return frame;
    }

    private static ShortBuffer tone(int samples, int t) {
        ShortBuffer buffer = ShortBuffer.allocate(samples);
        for (int i = 0; i < samples; i++) {
            double s = Math.sin(2 * Math.PI * 440 * (t * samples + i) / 44_100.0);
            buffer.put((short) (s * 8_000));
        }
        buffer.flip();
        return buffer;
    }
}
