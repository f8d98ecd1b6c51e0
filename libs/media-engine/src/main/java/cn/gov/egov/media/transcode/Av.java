package cn.gov.egov.media.transcode;

import org.bytedeco.javacpp.BytePointer;

import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

/** Checks FFmpeg return codes. */
final class Av {

    private Av() {
    }

    /** {@code ret} when it is not negative; otherwise a {@link TranscodeException} naming {@code what}. */
    static int check(int ret, String what) {
        if (ret < 0) {
            throw new TranscodeException(what + " failed: " + describe(ret) + " (" + ret + ")");
        }
        return ret;
    }

    static String describe(int ret) {
        try (BytePointer buf = new BytePointer(256)) {
            av_strerror(ret, buf, 256);
            return buf.getString();
        }
    }
}
