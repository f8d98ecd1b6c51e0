package cn.gov.egov.media.ladder;

/**
 * One output of a transcode: a video rendition (with the shared audio when the source has sound) or the
 * audio-only rendition ({@code width == 0}).
 *
 * @param name         directory name below the asset's renditions, e.g. {@code 720p} or {@code audio}
 * @param width        picture width, even
 * @param height       picture height, even
 * @param videoBitrate average video bit rate, bits/s (0 for audio only)
 * @param maxBitrate   peak video bit rate, bits/s
 * @param audioBitrate AAC bit rate, bits/s (0 when there is no sound)
 */
public record Rendition(String name, int width, int height, int videoBitrate, int maxBitrate, int audioBitrate) {

    public boolean isAudioOnly() {
        return width == 0;
    }

    public boolean hasAudio() {
        return audioBitrate > 0;
    }
}
