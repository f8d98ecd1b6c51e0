package cn.gov.egov.media.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegLogCallback;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

import cn.gov.egov.media.ladder.LadderPlan;
import cn.gov.egov.media.ladder.Rendition;
import cn.gov.egov.media.probe.MediaRejectedException;
import cn.gov.egov.media.probe.ProbeResult;

/**
 * Turns one file into an HLS ladder in one decode pass, in this process: JavaCV's grabber demuxes and decodes,
 * FFmpeg's filters deinterlace, turn, fix the frame rate and scale once per rendition, libx264 and AAC encode (the
 * sound once for all video renditions), and FFmpeg's HLS muxer writes the segments; then the master playlist.
 *
 * <p>Like players, decoding skips damaged packets and goes on; a file of which less than
 * {@link #MIN_DECODED_SHARE} of its declared length decodes is refused as {@code UNDECODABLE}.
 */
public final class HlsTranscoder {

    /** Share of the declared duration that must decode for the output to count. */
    public static final double MIN_DECODED_SHARE = 0.95;

    /** Hears about progress and may stop the work. */
    public interface Listener {
        /** Called about twice a second with the media time reached. */
        void progress(long positionMillis);

        /** Asked often; true stops the transcode with {@link TranscodeCancelledException}. */
        boolean cancelled();

        /** Hears nothing and never stops the work (tests, benchmarks). */
        Listener NONE = new Listener() {
            @Override
            public void progress(long positionMillis) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }

    /** What was written below the output directory. */
    public record Result(List<MasterPlaylist.Variant> variants, long decodedMillis) {
    }

    private final int encoderThreads;

    /** @param encoderThreads threads per libx264 encoder; 0 lets x264 choose from the machine's cores */
    public HlsTranscoder(int encoderThreads) {
        this.encoderThreads = encoderThreads;
    }

    public Result transcode(Path input, ProbeResult probe, LadderPlan plan, Path outDir, Listener listener) {
        FFmpegLogCallback.setLevel(avutil.AV_LOG_ERROR);
        FilterPlan filters = FilterPlan.of(plan, probe.hasVideo(), probe.hasAudio());
        List<Rendition> video = plan.video();
        List<AutoCloseable> open = new ArrayList<>();
        try {
            List<Encoder> videoEncoders = new ArrayList<>();
            for (Rendition r : video) {
                videoEncoders.add(track(open, Encoder.video(r, plan, encoderThreads)));
            }
            boolean shared = filters.audioOutputs().contains(FilterPlan.SHARED_AUDIO);
            boolean alone = filters.audioOutputs().contains(FilterPlan.AUDIO_ONLY);
            Encoder sharedAudio = shared ? track(open, Encoder.audio(video.getFirst().audioBitrate(), "audio"))
                    : null;
            Rendition audioRendition = plan.audioOnly().isEmpty() ? null : plan.audioOnly().getFirst();
            Encoder aloneAudio = alone ? track(open, Encoder.audio(audioRendition.audioBitrate(), "audio-only"))
                    : null;
            List<HlsMuxer> muxers = new ArrayList<>();
            for (int i = 0; i < video.size(); i++) {
                muxers.add(track(open, new HlsMuxer(outDir, video.get(i), plan.segmentSeconds(),
                        videoEncoders.get(i), sharedAudio)));
            }
            HlsMuxer aloneMuxer = alone ? track(open, new HlsMuxer(outDir, audioRendition, plan.segmentSeconds(),
                    null, aloneAudio)) : null;
            Encoder.Sink sharedSink = p -> muxers.forEach(m -> m.writeAudio(p));
            Encoder.Sink aloneSink = alone ? aloneMuxer::writeAudio : null;
            FilterGraph.Consumer toVideo = (i, f) -> videoEncoders.get(i).encode(f, muxers.get(i)::writeVideo);
            FilterGraph.Consumer toAudio = (i, f) -> {
                if (FilterPlan.SHARED_AUDIO.equals(filters.audioOutputs().get(i))) {
                    sharedAudio.encode(f, sharedSink);
                } else {
                    aloneAudio.encode(f, aloneSink);
                }
            };
            FilterGraph videoGraph = filters.video() == null ? null : track(open, new FilterGraph(filters.video(),
                    "vin", names("v", filters.videoOutputs()), false, 0));
            FilterGraph audioGraph = filters.audio() == null ? null : track(open, new FilterGraph(filters.audio(),
                    "ain", filters.audioOutputs(), true, frameSize(sharedAudio, aloneAudio)));

            Reached reached = decode(input, videoGraph, audioGraph, toVideo, toAudio, listener);
            // the picture must decode when renditions are made of it; the sound alone cannot pass for it
            long decoded = videoGraph != null ? reached.video() : reached.audio();
            if (probe.durationMs() > 2_000 && decoded < probe.durationMs() * MIN_DECODED_SHARE) {
                throw new MediaRejectedException(MediaRejectedException.Reason.UNDECODABLE, "only " + decoded
                        + " ms of the declared " + probe.durationMs() + " ms could be decoded; the file is damaged");
            }
            if (videoGraph != null) {
                videoGraph.finish(toVideo);
            }
            if (audioGraph != null) {
                audioGraph.finish(toAudio);
            }
            for (int i = 0; i < videoEncoders.size(); i++) {
                videoEncoders.get(i).encode(null, muxers.get(i)::writeVideo);
            }
            if (sharedAudio != null) {
                sharedAudio.encode(null, sharedSink);
            }
            if (aloneAudio != null) {
                aloneAudio.encode(null, aloneSink);
            }
            muxers.forEach(HlsMuxer::finish);
            if (aloneMuxer != null) {
                aloneMuxer.finish();
            }
            List<MasterPlaylist.Variant> variants = new ArrayList<>();
            for (int i = 0; i < video.size(); i++) {
                String codecs = MasterPlaylist.avc1(extradata(videoEncoders.get(i)))
                        + (sharedAudio != null ? ",mp4a.40.2" : "");
                variants.add(MasterPlaylist.measure(outDir, video.get(i), codecs, plan.frameRate()));
            }
            if (alone) {
                variants.add(MasterPlaylist.measure(outDir, audioRendition, "mp4a.40.2", 0));
            }
            Files.writeString(outDir.resolve(MasterPlaylist.FILE), MasterPlaylist.render(variants));
            return new Result(List.copyOf(variants), Math.max(reached.video(), reached.audio()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (int i = open.size() - 1; i >= 0; i--) {
                try {
                    open.get(i).close();
                } catch (Exception ignored) {
                    // closing after a failure; the first error is the one that matters
                }
            }
        }
    }

    /** How far decoding got, in milliseconds of media time, for the picture and for the sound. */
    private record Reached(long video, long audio) {
    }

    /** Decodes the whole file into the graphs. */
    private static Reached decode(Path input, FilterGraph videoGraph, FilterGraph audioGraph,
                                  FilterGraph.Consumer toVideo, FilterGraph.Consumer toAudio, Listener listener) {
        long reached = 0;
        long video = 0;
        long audio = 0;
        long lastReport = 0;
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(input.toFile())) {
            g.setImageMode(FrameGrabber.ImageMode.RAW);
            g.setSampleMode(FrameGrabber.SampleMode.RAW);
            g.start();
            long start = Math.max(0, g.getFormatContext().start_time());
            AVRational videoBase = timeBase(g, g.getVideoStream());
            AVRational audioBase = timeBase(g, g.getAudioStream());
            Frame frame;
            while ((frame = g.grabFrame(audioGraph != null, videoGraph != null, true, false, false)) != null) {
                if (listener.cancelled()) {
                    throw new TranscodeCancelledException();
                }
                long ts = Math.max(0, frame.timestamp - start);
                if (frame.image != null && videoGraph != null) {
                    AVFrame f = (AVFrame) frame.opaque;
                    videoGraph.push(f, frame.timestamp, micros(f.duration(), videoBase), toVideo);
                    video = Math.max(video, ts / 1000);
                } else if (frame.samples != null && audioGraph != null) {
                    AVFrame f = (AVFrame) frame.opaque;
                    audioGraph.push(f, frame.timestamp, micros(f.duration(), audioBase), toAudio);
                    audio = Math.max(audio, ts / 1000);
                }
                reached = Math.max(video, audio);
                long now = System.nanoTime();
                if (now - lastReport > 500_000_000L) {
                    listener.progress(reached);
                    lastReport = now;
                }
            }
        } catch (FrameGrabber.Exception e) {
            throw new TranscodeException("decoding failed: " + e.getMessage(), e);
        }
        listener.progress(reached);
        return new Reached(video, audio);
    }

    private static AVRational timeBase(FFmpegFrameGrabber g, int stream) {
        return stream < 0 ? null : g.getFormatContext().streams(stream).time_base();
    }

    /** A duration in a stream's time base, in microseconds; 0 when unknown. */
    private static long micros(long duration, AVRational base) {
        if (base == null || duration <= 0) {
            return 0;
        }
        return avutil.av_rescale_q(duration, base, avutil.av_make_q(1, 1_000_000));
    }

    private static int frameSize(Encoder a, Encoder b) {
        return a != null ? a.frameSize() : b != null ? b.frameSize() : 1024;
    }

    private static byte[] extradata(Encoder e) {
        int size = e.context().extradata_size();
        byte[] out = new byte[Math.max(0, size)];
        if (size > 0) {
            e.context().extradata().get(out);
        }
        return out;
    }

    private static List<String> names(String prefix, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + i);
        }
        return out;
    }

    private static <T extends AutoCloseable> T track(List<AutoCloseable> open, T resource) {
        open.add(resource);
        return resource;
    }
}
