package cn.gov.egov.media.ladder;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HLS ladder as configuration (media.ladder in application.yml; see docs/media.md). Rungs are named by the
 * short side of the picture ("720p" is 1280×720 landscape or 720×1280 portrait); a rung above the source is never
 * made.
 *
 * @param rungs          the video renditions, any order
 * @param audioBitrate   AAC bit rate of the audio inside every video rendition, bits/s
 * @param audioOnly      bit rate of the audio-only rendition, bits/s; 0 for none
 * @param segmentSeconds HLS segment length
 * @param keyframeSeconds distance between key frames (segments are cut on them; a divisor of the segment length)
 * @param maxFrameRate   frames per second are capped to this
 * @param preset         libx264 preset (speed against size)
 */
@ConfigurationProperties("media.ladder")
public record LadderProperties(
        @DefaultValue List<Rung> rungs,
        @DefaultValue("128000") int audioBitrate,
        @DefaultValue("64000") int audioOnly,
        @DefaultValue("6") int segmentSeconds,
        @DefaultValue("2") int keyframeSeconds,
        @DefaultValue("30") int maxFrameRate,
        @DefaultValue("veryfast") String preset) {

    /**
     * One video rendition.
     *
     * @param name        its directory and label, e.g. {@code 720p}
     * @param shortSide   the picture's short side in pixels
     * @param videoBitrate average video bit rate, bits/s
     * @param maxBitrate  peak video bit rate (VBV maximum), bits/s
     */
    public record Rung(String name, int shortSide, int videoBitrate, int maxBitrate) {
    }

    public LadderProperties {
        rungs = rungs == null || rungs.isEmpty() ? defaultRungs() : List.copyOf(rungs);
        if (segmentSeconds <= 0 || keyframeSeconds <= 0 || segmentSeconds % keyframeSeconds != 0) {
            throw new IllegalArgumentException("media.ladder: segment-seconds must be a multiple of keyframe-seconds");
        }
        for (Rung r : rungs) {
            if (r.shortSide() < 64 || r.shortSide() % 2 != 0 || r.videoBitrate() <= 0
                    || r.maxBitrate() < r.videoBitrate() || r.name() == null || !r.name().matches("[a-z0-9]{1,16}")) {
                throw new IllegalArgumentException("media.ladder: bad rung " + r);
            }
        }
    }

    /** DESIGN.md §5: 1080p 4.5 Mbps, 720p 2.5 Mbps, 480p 1.1 Mbps, 360p 0.8 Mbps. */
    public static List<Rung> defaultRungs() {
        return List.of(new Rung("1080p", 1080, 4_500_000, 5_400_000), new Rung("720p", 720, 2_500_000, 3_000_000),
                new Rung("480p", 480, 1_100_000, 1_350_000), new Rung("360p", 360, 800_000, 1_000_000));
    }

    public static LadderProperties defaults() {
        return new LadderProperties(List.of(), 128_000, 64_000, 6, 2, 30, "veryfast");
    }
}
