package cn.gov.egov.media.ladder;

import java.util.List;

/**
 * What one transcode makes of one source, decided before any decoding.
 *
 * @param renditions  video renditions, largest first, then the audio-only one (if any)
 * @param frameRate   output frames per second (constant), 0 without video
 * @param rotation    clockwise degrees to turn the picture (0, 90, 180, 270)
 * @param deinterlace true when the source is interlaced
 */
public record LadderPlan(List<Rendition> renditions, int frameRate, int rotation, boolean deinterlace,
                         int segmentSeconds, int keyframeSeconds, String preset) {

    public List<Rendition> video() {
        return renditions.stream().filter(r -> !r.isAudioOnly()).toList();
    }

    public List<Rendition> audioOnly() {
        return renditions.stream().filter(Rendition::isAudioOnly).toList();
    }

    public int gop() {
        return frameRate * keyframeSeconds;
    }
}
