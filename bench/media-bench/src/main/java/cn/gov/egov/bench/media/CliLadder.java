package cn.gov.egov.bench.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.gov.egov.media.ladder.LadderPlan;
import cn.gov.egov.media.ladder.Rendition;
import cn.gov.egov.media.transcode.FilterPlan;

/**
 * The ffmpeg command lines that make the same ladder as our transcoder, with the same filters and encoder settings:
 * one decode pass split to every rendition, or one pass per rendition.
 */
final class CliLadder {

    private CliLadder() {
    }

    /** One pass: {@code -filter_complex} with split/asplit, one HLS output per rendition. */
    static List<String> onePass(Path input, LadderPlan plan, Path out) {
        List<Rendition> video = plan.video();
        List<Rendition> audioOnly = plan.audioOnly();
        StringBuilder graph = new StringBuilder(FilterPlan.of(plan, true, false).video().replace("[vin]", "[0:v]"));
        int audios = video.size() + audioOnly.size();
        graph.append(";[0:a]aresample=48000,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo,asplit=")
                .append(audios);
        for (int i = 0; i < audios; i++) {
            graph.append("[a").append(i).append(']');
        }
        List<String> cmd = start(input);
        cmd.addAll(List.of("-filter_complex", graph.toString()));
        for (int i = 0; i < video.size(); i++) {
            cmd.addAll(List.of("-map", "[v" + i + "]", "-map", "[a" + i + "]"));
            cmd.addAll(video(video.get(i), plan));
            cmd.addAll(audio(video.get(i).audioBitrate()));
            cmd.addAll(hls(out, video.get(i), plan));
        }
        for (int i = 0; i < audioOnly.size(); i++) {
            cmd.addAll(List.of("-map", "[a" + (video.size() + i) + "]"));
            cmd.addAll(audio(audioOnly.get(i).audioBitrate()));
            cmd.addAll(hls(out, audioOnly.get(i), plan));
        }
        return cmd;
    }

    /** One pass per rendition, each decoding the whole input again. */
    static List<List<String>> separatePasses(Path input, LadderPlan plan, Path out) {
        List<List<String>> passes = new ArrayList<>();
        String prefix = FilterPlan.of(plan, true, false).video();
        String common = prefix.substring("[vin]".length(), prefix.indexOf(",split=") > 0 ? prefix.indexOf(",split=")
                : prefix.indexOf('['));
        for (Rendition r : plan.video()) {
            List<String> cmd = start(input);
            cmd.addAll(List.of("-vf", common + ",scale=" + r.width() + ":" + r.height()
                    + ":flags=bicubic,setsar=1,format=yuv420p", "-af", audioFilter()));
            cmd.addAll(video(r, plan));
            cmd.addAll(audio(r.audioBitrate()));
            cmd.addAll(hls(out, r, plan));
            passes.add(cmd);
        }
        for (Rendition r : plan.audioOnly()) {
            List<String> cmd = start(input);
            cmd.addAll(List.of("-vn", "-af", audioFilter()));
            cmd.addAll(audio(r.audioBitrate()));
            cmd.addAll(hls(out, r, plan));
            passes.add(cmd);
        }
        return passes;
    }

    private static String audioFilter() {
        return "aresample=48000,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo";
    }

    private static List<String> start(Path input) {
        return new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", input.toString()));
    }

    private static List<String> video(Rendition r, LadderPlan plan) {
        return List.of("-c:v", "libx264", "-preset", plan.preset(), "-profile:v", "high", "-pix_fmt", "yuv420p",
                "-b:v", String.valueOf(r.videoBitrate()), "-maxrate", String.valueOf(r.maxBitrate()),
                "-bufsize", String.valueOf(r.maxBitrate() * 2L), "-g", String.valueOf(plan.gop()), "-bf", "3",
                "-x264-params", "keyint=" + plan.gop() + ":min-keyint=" + plan.gop() + ":scenecut=0");
    }

    private static List<String> audio(int bitrate) {
        return List.of("-c:a", "aac", "-b:a", String.valueOf(bitrate), "-ar", "48000", "-ac", "2");
    }

    private static List<String> hls(Path out, Rendition r, LadderPlan plan) {
        Path dir = out.resolve(r.name());
        dir.toFile().mkdirs();
        return List.of("-f", "hls", "-hls_time", String.valueOf(plan.segmentSeconds()), "-hls_playlist_type", "vod",
                "-hls_flags", "independent_segments", "-hls_segment_filename", dir.resolve("seg_%05d.ts").toString(),
                dir.resolve("index.m3u8").toString());
    }
}
