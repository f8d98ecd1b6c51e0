package cn.gov.egov.media.transcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import cn.gov.egov.media.ladder.Rendition;

/**
 * The HLS master playlist (RFC 8216 §4.3.4): one {@code EXT-X-STREAM-INF} per rendition with bandwidths measured
 * from the segments actually written, so players choose well. Plain Java.
 */
public final class MasterPlaylist {

    public static final String FILE = "master.m3u8";

    /**
     * What a rendition turned out to be.
     *
     * @param peakBandwidth    highest bit rate of any segment, bits/s
     * @param averageBandwidth whole-rendition bit rate, bits/s
     * @param codecs           RFC 6381 codecs, e.g. {@code avc1.64001f,mp4a.40.2}
     */
    public record Variant(Rendition rendition, long peakBandwidth, long averageBandwidth, String codecs,
                          int frameRate) {
    }

    private MasterPlaylist() {
    }

    public static String render(List<Variant> variants) {
        StringBuilder m = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        for (Variant v : variants) {
            Rendition r = v.rendition();
            m.append("#EXT-X-STREAM-INF:BANDWIDTH=").append(Math.max(1, v.peakBandwidth()))
                    .append(",AVERAGE-BANDWIDTH=").append(Math.max(1, v.averageBandwidth()));
            if (!r.isAudioOnly()) {
                m.append(",RESOLUTION=").append(r.width()).append('x').append(r.height())
                        .append(",FRAME-RATE=").append(String.format(Locale.ROOT, "%.3f", (double) v.frameRate()));
            }
            m.append(",CODECS=\"").append(v.codecs()).append("\"\n");
            m.append(r.name()).append('/').append(HlsMuxer.PLAYLIST).append('\n');
        }
        return m.toString();
    }

    /** Measures a written rendition from its playlist's segment durations and the segments' sizes. */
    static Variant measure(Path dir, Rendition r, String codecs, int frameRate) {
        Path folder = dir.resolve(r.name());
        try {
            List<String> lines = Files.readAllLines(folder.resolve(HlsMuxer.PLAYLIST));
            double seconds = 0;
            long bytes = 0;
            long peak = 0;
            double duration = 0;
            for (String line : lines) {
                if (line.startsWith("#EXTINF:")) {
                    duration = Double.parseDouble(line.substring(8, line.indexOf(',') > 0 ? line.indexOf(',')
                            : line.length()));
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    long size = Files.size(folder.resolve(line.strip()));
                    bytes += size;
                    seconds += duration;
                    if (duration > 0.5) {
                        peak = Math.max(peak, Math.round(size * 8 / duration));
                    }
                }
            }
            long average = seconds > 0 ? Math.round(bytes * 8 / seconds) : 0;
            return new Variant(r, Math.max(peak, average), average, codecs, frameRate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code avc1.PPCCLL} from the first SPS in an encoder's Annex B or avcC extradata. */
    static String avc1(byte[] extradata) {
        for (int i = 0; i + 4 < extradata.length; i++) {
            boolean startCode = extradata[i] == 0 && extradata[i + 1] == 0 && extradata[i + 2] == 1;
            if (startCode && (extradata[i + 3] & 0x1f) == 7 && i + 6 < extradata.length) {
                return String.format(Locale.ROOT, "avc1.%02x%02x%02x", extradata[i + 4] & 0xff,
                        extradata[i + 5] & 0xff, extradata[i + 6] & 0xff);
            }
        }
        if (extradata.length >= 4 && extradata[0] == 1) { // avcC
            return String.format(Locale.ROOT, "avc1.%02x%02x%02x", extradata[1] & 0xff, extradata[2] & 0xff,
                    extradata[3] & 0xff);
        }
        return "avc1.640028";
    }
}
