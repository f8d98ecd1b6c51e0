package cn.gov.egov.media.transcode;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.avcodec.AVCodec;

/** What the FFmpeg natives bundled through JavaCV can do on this machine. */
public final class FfmpegRuntime {

    private FfmpegRuntime() {
    }

    /** FFmpeg's version string, e.g. {@code 8.0.1}; loads the natives on first call. */
    public static String version() {
        return avutil.av_version_info().getString();
    }

    /** True when the libx264 encoder is present (the GPL build); the LGPL build lacks it. */
    public static boolean hasLibx264() {
        AVCodec codec = avcodec.avcodec_find_encoder_by_name("libx264");
        return codec != null && !codec.isNull();
    }
}
