package cn.gov.egov.media.probe;

/**
 * What a media file holds, as stored with its job. Durations in milliseconds; {@code durationMs} is 0 when the
 * container does not say.
 *
 * @param container FFmpeg's name of the container format, e.g. {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param video     the first video stream, or null
 * @param audio     the first audio stream, or null
 */
public record ProbeResult(String container, long durationMs, long bitRate, Video video, Audio audio) {

    /**
     * @param width       coded width in pixels
     * @param height      coded height in pixels
     * @param rotation    clockwise degrees the picture must be turned for display: 0, 90, 180 or 270
     * @param frameRate   average frames per second (0 when unknown)
     * @param interlaced  true when the stream says its fields are interlaced
     */
    public record Video(String codec, int width, int height, int rotation, double frameRate, boolean interlaced,
                        String pixelFormat) {

        /** Width as displayed, after rotation. */
        public int displayWidth() {
            return rotation % 180 == 0 ? width : height;
        }

        public int displayHeight() {
            return rotation % 180 == 0 ? height : width;
        }
    }

    /** @param layout FFmpeg's description of the channel layout, e.g. {@code stereo}, {@code 5.1} */
    public record Audio(String codec, int channels, String layout, int sampleRate) {
    }

    public boolean hasVideo() {
        return video != null;
    }

    public boolean hasAudio() {
        return audio != null;
    }
}
