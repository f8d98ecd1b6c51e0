package cn.gov.egov.media.transcode;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.ffmpeg.avfilter.AVFilterContext;
import org.bytedeco.ffmpeg.avfilter.AVFilterGraph;
import org.bytedeco.ffmpeg.avfilter.AVFilterInOut;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.BytePointer;

import static org.bytedeco.ffmpeg.global.avfilter.*;
import static org.bytedeco.ffmpeg.global.avutil.*;

/**
 * One FFmpeg filter graph with a single input ({@code vin} or {@code ain}) and named outputs, configured from the
 * first frame it receives. Frames pushed in carry microsecond time stamps; frames pulled out carry the time base of
 * their output (the encoders use the same).
 */
final class FilterGraph implements AutoCloseable {

    /** Receives filtered frames of one output; the frame is unreferenced after the call. */
    interface Consumer {
        void accept(int output, AVFrame frame);
    }

    private final String description;
    private final String input;
    private final List<String> outputNames;
    private final boolean audio;
    private final int audioFrameSize;
    private AVFilterGraph graph;
    private AVFilterContext source;
    private final List<AVFilterContext> sinks = new ArrayList<>();
    private final AVFrame filtered = av_frame_alloc();

    FilterGraph(String description, String input, List<String> outputNames, boolean audio, int audioFrameSize) {
        this.description = description;
        this.input = input;
        this.outputNames = List.copyOf(outputNames);
        this.audio = audio;
        this.audioFrameSize = audioFrameSize;
    }

    /**
     * Feeds one decoded frame and passes on every frame that comes out.
     *
     * @param timestampMicros the frame's time stamp in microseconds
     * @param durationMicros  how long it lasts in microseconds (the filters use it at the end of the stream)
     */
    void push(AVFrame frame, long timestampMicros, long durationMicros, Consumer out) {
        if (graph == null) {
            configure(frame);
        }
        frame.pts(timestampMicros);
        frame.duration(Math.max(0, durationMicros));
        Av.check(av_buffersrc_add_frame_flags(source, frame, AV_BUFFERSRC_FLAG_KEEP_REF), "feeding the filters");
        drain(out);
    }

    /** Signals the end of input and passes on what the filters still hold. */
    void finish(Consumer out) {
        if (graph == null) {
            return;
        }
        Av.check(av_buffersrc_add_frame_flags(source, null, 0), "closing the filters");
        drain(out);
    }

    private void drain(Consumer out) {
        for (int i = 0; i < sinks.size(); i++) {
            while (true) {
                int ret = av_buffersink_get_frame(sinks.get(i), filtered);
                if (ret == AVERROR_EAGAIN() || ret == AVERROR_EOF) {
                    break;
                }
                Av.check(ret, "reading filtered frames");
                try {
                    out.accept(i, filtered);
                } finally {
                    av_frame_unref(filtered);
                }
            }
        }
    }

    private void configure(AVFrame first) {
        graph = avfilter_graph_alloc();
        source = new AVFilterContext();
        String args = audio ? audioArgs(first) : videoArgs(first);
        Av.check(avfilter_graph_create_filter(source, avfilter_get_by_name(audio ? "abuffer" : "buffer"), input, args,
                null, graph), "creating the filter input");
        AVFilterInOut outputs = avfilter_inout_alloc();
        AVFilterInOut inputs = null;
        try {
            outputs.name(av_strdup(new BytePointer(input)));
            outputs.filter_ctx(source);
            outputs.pad_idx(0);
            outputs.next(null);
            for (int i = outputNames.size() - 1; i >= 0; i--) {
                AVFilterContext sink = new AVFilterContext();
                Av.check(avfilter_graph_create_filter(sink, avfilter_get_by_name(audio ? "abuffersink" : "buffersink"),
                        outputNames.get(i), null, null, graph), "creating a filter output");
                sinks.addFirst(sink);
                AVFilterInOut in = avfilter_inout_alloc();
                in.name(av_strdup(new BytePointer(outputNames.get(i))));
                in.filter_ctx(sink);
                in.pad_idx(0);
                in.next(inputs);
                inputs = in;
            }
            Av.check(avfilter_graph_parse_ptr(graph, description, inputs, outputs, null), "parsing the filters");
            Av.check(avfilter_graph_config(graph, null), "configuring the filters");
        } finally {
            if (inputs != null) {
                avfilter_inout_free(inputs);
            }
            avfilter_inout_free(outputs);
        }
        if (audio) {
            sinks.forEach(s -> av_buffersink_set_frame_size(s, audioFrameSize));
        }
    }

    private static String videoArgs(AVFrame f) {
        int sarNum = f.sample_aspect_ratio().num();
        int sarDen = f.sample_aspect_ratio().den();
        if (sarNum <= 0 || sarDen <= 0) {
            sarNum = 1;
            sarDen = 1;
        }
        return "video_size=" + f.width() + "x" + f.height() + ":pix_fmt=" + f.format() + ":time_base=1/1000000"
                + ":pixel_aspect=" + sarNum + "/" + sarDen;
    }

    private static String audioArgs(AVFrame f) {
        String layout = cn.gov.egov.media.probe.Layouts.describe(f.ch_layout());
        if (layout == null || layout.isBlank() || f.ch_layout().order() == AV_CHANNEL_ORDER_UNSPEC) {
            layout = f.ch_layout().nb_channels() == 1 ? "mono" : f.ch_layout().nb_channels() + "c";
        }
        return "time_base=1/1000000:sample_rate=" + f.sample_rate() + ":sample_fmt="
                + av_get_sample_fmt_name(f.format()).getString() + ":channel_layout=" + layout;
    }

    @Override
    public void close() {
        if (graph != null) {
            avfilter_graph_free(graph);
            graph = null;
        }
        av_frame_free(filtered);
    }
}
