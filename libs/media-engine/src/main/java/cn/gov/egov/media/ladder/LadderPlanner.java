package cn.gov.egov.media.ladder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.gov.egov.media.probe.ProbeResult;

/**
 * Chooses the renditions for a source from the configured ladder: every rung whose short side fits in the
 * source's (never upscaling); a source smaller than the lowest rung gets one rendition at its own size. Widths keep
 * the displayed aspect ratio and are rounded to even numbers. Plain Java.
 */
public final class LadderPlanner {

    /** The name of the audio-only rendition's directory. */
    public static final String AUDIO = "audio";

    private final LadderProperties ladder;

    public LadderPlanner(LadderProperties ladder) {
        this.ladder = ladder;
    }

    public LadderPlan plan(ProbeResult source) {
        List<Rendition> out = new ArrayList<>();
        int audio = source.hasAudio() ? ladder.audioBitrate() : 0;
        int frameRate = 0;
        int rotation = 0;
        boolean interlaced = false;
        if (source.hasVideo()) {
            ProbeResult.Video v = source.video();
            rotation = v.rotation();
            interlaced = v.interlaced();
            frameRate = frameRate(v.frameRate());
            int w = v.displayWidth();
            int h = v.displayHeight();
            int shortSide = Math.min(w, h);
            List<LadderProperties.Rung> rungs = ladder.rungs().stream()
                    .sorted(Comparator.comparingInt(LadderProperties.Rung::shortSide).reversed()).toList();
            for (LadderProperties.Rung r : rungs) {
                if (r.shortSide() <= shortSide) {
                    out.add(scaled(r.name(), w, h, r.shortSide(), r.videoBitrate(), r.maxBitrate(), audio));
                }
            }
            if (out.isEmpty()) {
                LadderProperties.Rung lowest = rungs.getLast();
                int side = Math.max(2, shortSide & ~1);
                double share = (double) side / lowest.shortSide();
                out.add(scaled(side + "p", w, h, side, (int) Math.max(100_000, lowest.videoBitrate() * share),
                        (int) Math.max(120_000, lowest.maxBitrate() * share), audio));
            }
        }
        if (source.hasAudio() && ladder.audioOnly() > 0) {
            out.add(new Rendition(AUDIO, 0, 0, 0, 0, ladder.audioOnly()));
        }
        return new LadderPlan(List.copyOf(out), frameRate, rotation, interlaced, ladder.segmentSeconds(),
                ladder.keyframeSeconds(), ladder.preset());
    }

    private static Rendition scaled(String name, int w, int h, int shortSide, int bitrate, int max, int audio) {
        int width;
        int height;
        if (w >= h) {
            height = shortSide;
            width = even((double) w * shortSide / h);
        } else {
            width = shortSide;
            height = even((double) h * shortSide / w);
        }
        return new Rendition(name, width, height, bitrate, max, audio);
    }

    private static int even(double x) {
        int n = (int) Math.round(x / 2) * 2;
        return Math.max(2, n);
    }

    /** The source's rate capped by the ladder's maximum, rounded; 25 when the source does not say. */
    private int frameRate(double source) {
        if (!(source > 0) || source > 1000) {
            return Math.min(25, ladder.maxFrameRate());
        }
        return (int) Math.max(1, Math.min(Math.round(source), ladder.maxFrameRate()));
    }
}
