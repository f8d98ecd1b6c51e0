package cn.gov.egov.media.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;

import cn.gov.egov.media.ladder.Rendition;

import static org.bytedeco.ffmpeg.global.avcodec.*;
import static org.bytedeco.ffmpeg.global.avformat.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

/**
 * FFmpeg's HLS muxer for one rendition: {@code <dir>/<name>/index.m3u8} (VOD playlist) and MPEG-TS segments
 * {@code seg_00000.ts…}. Streams: the rendition's video (if any), then its audio (if any).
 */
final class HlsMuxer implements AutoCloseable {

    static final String PLAYLIST = "index.m3u8";

    private final AVFormatContext oc;
    private final AVStream videoStream;
    private final AVStream audioStream;
    private final Encoder video;
    private final Encoder audio;
    private final AVPacket copy = av_packet_alloc();
    private boolean headerWritten;
    private boolean finished;

    HlsMuxer(Path dir, Rendition r, int segmentSeconds, Encoder video, Encoder audio) {
        this.video = video;
        this.audio = audio;
        Path folder = dir.resolve(r.name());
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        oc = new AVFormatContext(null);
        Av.check(avformat_alloc_output_context2(oc, null, "hls", folder.resolve(PLAYLIST).toString()),
                "creating the HLS output " + r.name());
        AVDictionary opts = new AVDictionary(null);
        try {
            videoStream = video == null ? null : stream(video);
            audioStream = audio == null ? null : stream(audio);
            av_dict_set(opts, "hls_time", String.valueOf(segmentSeconds), 0);
            av_dict_set(opts, "hls_playlist_type", "vod", 0);
            av_dict_set(opts, "hls_flags", "independent_segments", 0);
            av_dict_set(opts, "hls_segment_filename", folder.resolve("seg_%05d.ts").toString(), 0);
            Av.check(avformat_write_header(oc, opts), "starting the HLS output " + r.name());
        } catch (RuntimeException e) {
            av_packet_free(copy);
            avformat_free_context(oc);
            throw e;
        } finally {
            av_dict_free(opts);
        }
        headerWritten = true;
    }

    private AVStream stream(Encoder encoder) {
        AVStream s = avformat_new_stream(oc, null);
        Av.check(avcodec_parameters_from_context(s.codecpar(), encoder.context()), "describing a stream");
        s.time_base(encoder.timeBase());
        return s;
    }

    void writeVideo(AVPacket packet) {
        write(packet, videoStream, video);
    }

    void writeAudio(AVPacket packet) {
        write(packet, audioStream, audio);
    }

    /** Writes a copy of the packet (the caller keeps its own), rescaled from the encoder's time base. */
    private void write(AVPacket packet, AVStream stream, Encoder from) {
        Av.check(av_packet_ref(copy, packet), "copying a packet");
        av_packet_rescale_ts(copy, from.timeBase(), stream.time_base());
        copy.stream_index(stream.index());
        Av.check(av_interleaved_write_frame(oc, copy), "writing HLS segments");
    }

    /** Flushes the interleaving queue and writes the final playlist. */
    void finish() {
        headerWritten = false; // the trailer is written once, whether or not it succeeds
        Av.check(av_write_trailer(oc), "finishing the HLS playlist");
        finished = true;
    }

    /**
     * Frees the muxer. After a failure (no {@link #finish()}) the trailer is still written, to close the segment
     * file the muxer holds open; the partial output is deleted by the caller.
     */
    @Override
    public void close() {
        av_packet_free(copy);
        if (headerWritten && !finished) {
            headerWritten = false;
            av_write_trailer(oc);
        }
        avformat_free_context(oc);
    }
}
