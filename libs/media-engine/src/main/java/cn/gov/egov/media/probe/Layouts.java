package cn.gov.egov.media.probe;

import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.javacpp.BytePointer;

import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_describe;

/** FFmpeg's names of channel layouts ({@code mono}, {@code stereo}, {@code 5.1(side)}…). */
public final class Layouts {

    private Layouts() {
    }

    /** The layout's name, or null when FFmpeg has none for it. */
    public static String describe(AVChannelLayout layout) {
        try (BytePointer buf = new BytePointer(128)) {
            int n = av_channel_layout_describe(layout, buf, 128);
            if (n <= 0) {
                return null;
            }
            byte[] bytes = new byte[Math.min(n, 128)];
            buf.get(bytes);
            int end = 0;
            while (end < bytes.length && bytes[end] != 0) {
                end++;
            }
            return new String(bytes, 0, end, java.nio.charset.StandardCharsets.US_ASCII);
        }
    }
}
