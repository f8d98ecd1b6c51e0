package cn.gov.egov.media.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegLogCallback;

import cn.gov.egov.media.probe.MediaRejectedException.Reason;

/**
 * Reads what a file holds with FFmpeg (through JavaCV) and refuses, with a reason, what cannot become a stream:
 * empty files, non-media, MP4s whose index is missing, still images, absurd durations.
 */
public final class MediaProbe {

    private static final Set<String> IMAGE_CODECS = Set.of("mjpeg", "png", "bmp", "gif", "webp", "tiff", "jpeg2000",
            "jpegls", "ppm", "pgm", "pam", "svg", "heif", "av1_image");

    private final Duration maxDuration;

    public MediaProbe(Duration maxDuration) {
        this.maxDuration = maxDuration;
    }

    public ProbeResult probe(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            throw new MediaRejectedException(Reason.EMPTY_FILE, "the file is empty (0 bytes)");
        }
        FFmpegLogCallback.setLevel(avutil.AV_LOG_ERROR);
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            try {
                g.start();
            } catch (FFmpegFrameGrabber.Exception e) {
                if (looksLikeIsoMedia(file)) {
                    throw new MediaRejectedException(Reason.TRUNCATED, "the MP4/MOV file is incomplete: its index "
                            + "(moov atom) is missing or damaged; upload the whole file again", e);
                }
                throw new MediaRejectedException(Reason.NOT_MEDIA, "not an audio or video file FFmpeg can read", e);
            }
            return describe(g);
        } catch (org.bytedeco.javacv.FrameGrabber.Exception e) {
            throw new MediaRejectedException(Reason.NOT_MEDIA, "not an audio or video file FFmpeg can read", e);
        }
    }

    private ProbeResult describe(FFmpegFrameGrabber g) {
        AVFormatContext fc = g.getFormatContext();
        ProbeResult.Video video = null;
        ProbeResult.Audio audio = null;
        for (int i = 0; i < fc.nb_streams(); i++) {
            AVCodecParameters p = fc.streams(i).codecpar();
            if (p.codec_type() == avutil.AVMEDIA_TYPE_VIDEO && video == null
                    && (fc.streams(i).disposition() & 0x0400) == 0) { // not an attached picture (cover art)
                video = new ProbeResult.Video(codecName(p.codec_id()), p.width(), p.height(), rotation(g),
                        g.getVideoFrameRate(), isInterlaced(p.field_order()), pixelFormat(p.format()));
            } else if (p.codec_type() == avutil.AVMEDIA_TYPE_AUDIO && audio == null) {
                audio = new ProbeResult.Audio(codecName(p.codec_id()), p.ch_layout().nb_channels(),
                        layout(p), p.sample_rate());
            }
        }
        String container = fc.iformat().name().getString();
        long durationMs = Math.max(0, fc.duration()) / 1000;
        if (video == null && audio == null) {
            throw new MediaRejectedException(Reason.NO_STREAMS, "the file has neither video nor audio");
        }
        if (video != null && (IMAGE_CODECS.contains(video.codec()) || container.endsWith("_pipe")
                || container.startsWith("image2")) && audio == null && durationMs < 1000) {
            throw new MediaRejectedException(Reason.IMAGE_NOT_VIDEO, "this is a still image, not a video");
        }
        if (video != null && (video.width() <= 0 || video.height() <= 0)) {
            throw new MediaRejectedException(Reason.UNDECODABLE, "the video stream has no picture size");
        }
        if (durationMs > maxDuration.toMillis()) {
            throw new MediaRejectedException(Reason.TOO_LONG, "the file says it lasts " + Duration.ofMillis(durationMs)
                    + ", longer than the limit of " + maxDuration);
        }
        return new ProbeResult(container, durationMs, Math.max(0, fc.bit_rate()), video, audio);
    }

    private static int rotation(FFmpegFrameGrabber g) {
        // FFmpeg's display matrix angle is counter-clockwise; players turn the picture clockwise by its negation
        long cw = Math.round(-g.getDisplayRotation());
        int r = (int) (((cw % 360) + 360) % 360);
        return (r + 45) / 90 * 90 % 360;
    }

    private static boolean isInterlaced(int fieldOrder) {
        return fieldOrder != avcodec.AV_FIELD_UNKNOWN && fieldOrder != avcodec.AV_FIELD_PROGRESSIVE;
    }

    private static String codecName(int id) {
        return avcodec.avcodec_get_name(id).getString();
    }

    private static String pixelFormat(int format) {
        var name = avutil.av_get_pix_fmt_name(format);
        return name == null || name.isNull() ? null : name.getString();
    }

    private static String layout(AVCodecParameters p) {
        String described = Layouts.describe(p.ch_layout());
        return described != null ? described : p.ch_layout().nb_channels() + " channels";
    }

    /** An ISO base media file (MP4, MOV, 3GP) starts with a box whose type is ftyp, moov, mdat, wide or free. */
    private static boolean looksLikeIsoMedia(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(12);
            if (head.length < 8) {
                return false;
            }
            String type = new String(head, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            return Set.of("ftyp", "moov", "mdat", "wide", "free", "skip").contains(type);
        } catch (IOException e) {
            return false;
        }
    }
}
