package cn.gov.egov.bench.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.gov.egov.embedded.MediaFixtures;
import cn.gov.egov.media.images.StillImages;
import cn.gov.egov.media.ladder.LadderPlan;
import cn.gov.egov.media.ladder.LadderPlanner;
import cn.gov.egov.media.ladder.LadderProperties;
import cn.gov.egov.media.ladder.Rendition;
import cn.gov.egov.media.probe.MediaProbe;
import cn.gov.egov.media.probe.ProbeResult;
import cn.gov.egov.media.transcode.FfmpegRuntime;
import cn.gov.egov.media.transcode.HlsTranscoder;

/**
 * Issue 6's benchmark. On one 1080p30 input, in one run and in turn: (a) our transcoder's full ladder in one decode
 * pass, (b) the ffmpeg command line making the same ladder with the same settings in one pass
 * ({@code -filter_complex split}), (c) the same ladder as separate command-line passes, one per rendition. Prints
 * speeds as × real time and the ratios a/b (goal ≤ 1.05) and c/a (goal ≥ 1.3), and checks every output with
 * ffprobe. Usage: {@code java -jar bench/media-bench/target/media-bench.jar [seconds=60] [rounds=1]}.
 */
public final class MediaBench {

    private MediaBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path work = Files.createTempDirectory("media-bench");
        try {
            run(work, seconds, rounds);
        } finally {
            delete(work);
        }
    }

    private static void run(Path work, int seconds, int rounds) throws Exception {
        System.out.printf("FFmpeg in JavaCV %s; command line: %s; %d cores%n", FfmpegRuntime.version(), cliVersion(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("Making the input: %d s of 1920x1080 at 30 fps with stereo AAC…%n", seconds);
        Path input = MediaFixtures.make(work, "input.mp4", MediaFixtures.picture(1920, 1080, 30, seconds),
                MediaFixtures.tone(seconds, "stereo"), List.of("-c:v", "libx264", "-preset", "fast", "-crf", "20",
                        "-c:a", "aac", "-b:a", "192k", "-movflags", "+faststart"));
        ProbeResult probe = new MediaProbe(Duration.ofHours(6)).probe(input);
        LadderPlan plan = new LadderPlanner(LadderProperties.defaults()).plan(probe);
        System.out.println("Ladder: " + String.join(", ", plan.renditions().stream().map(MediaBench::describe)
                .toList()) + "; preset " + plan.preset() + ", GOP " + plan.gop());
        double media = probe.durationMs() / 1000.0;
        List<double[]> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Path a = fresh(work, "ours");
            double ours = time(() -> new HlsTranscoder(0).transcode(input, probe, plan, a, HlsTranscoder.Listener.NONE));
            double pictures = time(() -> new StillImages().make(a.resolve(plan.video().getFirst().name())
                    .resolve("index.m3u8"), a.resolve(plan.video().getLast().name()).resolve("index.m3u8"),
                    probe.durationMs(), a));
            check(a, plan);
            Path b = fresh(work, "cli-one-pass");
            double cli = time(() -> MediaFixtures.run(CliLadder.onePass(input, plan, b), b));
            check(b, plan);
            Path c = fresh(work, "cli-separate");
            double separate = time(() -> CliLadder.separatePasses(input, plan, c)
                    .forEach(cmd -> MediaFixtures.run(cmd, c)));
            check(c, plan);
            results.add(new double[] {ours, cli, separate, pictures});
            System.out.printf(Locale.ROOT, "round %d: (a) ours %.1f s = %.2f× real time; (b) ffmpeg one pass %.1f s "
                    + "= %.2f×; (c) ffmpeg separate passes %.1f s = %.2f×; a/b %.3f, c/a %.2f; pictures %.1f s%n",
                    round, ours, media / ours, cli, media / cli, separate, media / separate, ours / cli,
                    separate / ours, pictures);
        }
        double ours = results.stream().mapToDouble(r -> r[0]).sum() / rounds;
        double cli = results.stream().mapToDouble(r -> r[1]).sum() / rounds;
        double separate = results.stream().mapToDouble(r -> r[2]).sum() / rounds;
        System.out.println();
        System.out.println("| Run (mean of " + rounds + ") | Time s | × real time |");
        System.out.println("|---|---:|---:|");
        System.out.printf(Locale.ROOT, "| (a) ours, one pass (JavaCV, FFmpeg %s) | %.1f | %.2f |%n",
                FfmpegRuntime.version(), ours, media / ours);
        System.out.printf(Locale.ROOT, "| (b) ffmpeg CLI, one pass, split | %.1f | %.2f |%n", cli, media / cli);
        System.out.printf(Locale.ROOT, "| (c) ffmpeg CLI, one pass per rendition | %.1f | %.2f |%n", separate,
                media / separate);
        System.out.printf(Locale.ROOT, "a/b = %.3f (goal ≤ 1.05); c/a = %.2f (goal ≥ 1.3)%n", ours / cli,
                separate / ours);
    }

    private static String describe(Rendition r) {
        return r.isAudioOnly() ? r.name() + " " + r.audioBitrate() / 1000 + "k"
                : r.name() + " " + r.width() + "x" + r.height() + " " + r.videoBitrate() / 1000 + "k";
    }

    /** ffprobe reads every rendition's playlist and finds the stream it should have. */
    private static void check(Path out, LadderPlan plan) {
        for (Rendition r : plan.renditions()) {
            String json = MediaFixtures.ffprobe(out.resolve(r.name()).resolve("index.m3u8"));
            String expected = r.isAudioOnly() ? "\"codec_name\": \"aac\"" : "\"height\": " + r.height();
            if (!json.contains(expected)) {
                throw new IllegalStateException(out + "/" + r.name() + " is not what it should be: " + json);
            }
        }
    }

    private static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static Path fresh(Path work, String name) throws IOException {
        Path dir = work.resolve(name);
        delete(dir);
        return Files.createDirectories(dir);
    }

    private static String cliVersion() {
        try {
            Process p = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true).start();
            String first = new String(p.getInputStream().readAllBytes()).lines().findFirst().orElse("?");
            p.waitFor();
            return first.replace("ffmpeg version ", "").split(" ")[0];
        } catch (IOException | InterruptedException e) {
            return "not found (apt install ffmpeg)";
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
