package cn.gov.egov.media.transcode;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;

import cn.gov.egov.media.ladder.LadderPlan;
import cn.gov.egov.media.ladder.Rendition;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

/** One H.264 (libx264) or AAC encoder; its packets go to a {@link Sink}. */
final class Encoder implements AutoCloseable {

    /** Receives encoded packets, with time stamps in {@link #timeBase()}; must not keep the packet. */
    interface Sink {
        void write(AVPacket packet);
    }

    private final AVCodecContext ctx;
    private final AVPacket packet = av_packet_alloc();
    private final String label;

    private Encoder(AVCodecContext ctx, String label) {
        this.ctx = ctx;
        this.label = label;
    }

    /**
     * libx264 for one rendition: constant frame rate, a key frame every {@link LadderPlan#keyframeSeconds()} on every
     * rendition alike (segments of all renditions start together), VBV-capped bit rate.
     */
    static Encoder video(Rendition r, LadderPlan plan, int threads) {
        AVCodec codec = avcodec_find_encoder_by_name("libx264");
        if (codec == null || codec.isNull()) {
            throw new TranscodeException("libx264 is missing from the FFmpeg build");
        }
        AVCodecContext c = avcodec_alloc_context3(codec);
        c.width(r.width());
        c.height(r.height());
        c.pix_fmt(AV_PIX_FMT_YUV420P);
        c.time_base(av_make_q(1, plan.frameRate()));
        c.framerate(av_make_q(plan.frameRate(), 1));
        c.sample_aspect_ratio(av_make_q(1, 1));
        c.bit_rate(r.videoBitrate());
        c.rc_max_rate(r.maxBitrate());
        c.rc_buffer_size(r.maxBitrate() * 2);
        c.gop_size(plan.gop());
        c.max_b_frames(3);
        c.thread_count(threads);
        c.flags(c.flags() | AV_CODEC_FLAG_GLOBAL_HEADER); // the HLS muxer wants headers out of band
        AVDictionary opts = new AVDictionary(null);
        av_dict_set(opts, "preset", plan.preset(), 0);
        av_dict_set(opts, "profile", "high", 0);
        av_dict_set(opts, "x264-params", "keyint=" + plan.gop() + ":min-keyint=" + plan.gop() + ":scenecut=0", 0);
        try {
            Av.check(avcodec_open2(c, codec, opts), "opening the H.264 encoder for " + r.name());
        } catch (RuntimeException e) {
            avcodec_free_context(c);
            throw e;
        } finally {
            av_dict_free(opts);
        }
        return new Encoder(c, r.name());
    }

    /** AAC-LC, 48 kHz stereo, at {@code bitrate} bits/s. */
    static Encoder audio(int bitrate, String label) {
        AVCodec codec = avcodec_find_encoder(AV_CODEC_ID_AAC);
        AVCodecContext c = avcodec_alloc_context3(codec);
        c.sample_rate(FilterPlan.SAMPLE_RATE);
        c.sample_fmt(AV_SAMPLE_FMT_FLTP);
        av_channel_layout_default(c.ch_layout(), 2);
        c.bit_rate(bitrate);
        c.time_base(av_make_q(1, FilterPlan.SAMPLE_RATE));
        c.flags(c.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        try {
            Av.check(avcodec_open2(c, codec, (AVDictionary) null), "opening the AAC encoder for " + label);
        } catch (RuntimeException e) {
            avcodec_free_context(c);
            throw e;
        }
        return new Encoder(c, label);
    }

    AVCodecContext context() {
        return ctx;
    }

    AVRational timeBase() {
        return ctx.time_base();
    }

    int frameSize() {
        return ctx.frame_size();
    }

    /** Encodes one frame (pts in {@link #timeBase()}); null flushes. */
    void encode(AVFrame frame, Sink sink) {
        if (frame != null) {
            frame.pict_type(AV_PICTURE_TYPE_NONE);
        }
        Av.check(avcodec_send_frame(ctx, frame), "encoding " + label);
        while (true) {
            int ret = avcodec_receive_packet(ctx, packet);
            if (ret == AVERROR_EAGAIN() || ret == AVERROR_EOF) {
                return;
            }
            Av.check(ret, "encoding " + label);
            try {
                sink.write(packet);
            } finally {
                av_packet_unref(packet);
            }
        }
    }

    @Override
    public void close() {
        av_packet_free(packet);
        avcodec_free_context(ctx);
    }
}
