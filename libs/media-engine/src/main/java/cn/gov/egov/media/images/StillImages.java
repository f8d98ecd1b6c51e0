package cn.gov.egov.media.images;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.Java2DFrameConverter;

import cn.gov.egov.media.transcode.TranscodeException;

/**
 * The pictures that go with a stream, taken from its finished renditions (already upright and deinterlaced): a
 * poster frame that is not black, and a strip of small thumbnails with a WebVTT index for seeking previews
 * ({@code thumbs.jpg#xywh=x,y,w,h} cues, as video players read them).
 */
public final class StillImages {

    public static final String DIR = "images";
    public static final String POSTER = "poster.jpg";
    public static final String STRIP = "thumbs.jpg";
    public static final String INDEX = "thumbs.vtt";

    static final int TILE_WIDTH = 160;
    static final int COLUMNS = 10;
    static final int MAX_TILES = 100;
    private static final double[] POSTER_AT = {0.1, 0.25, 0.5, 0.05, 0.75, 0.9};

    /** What was written below {@code outDir/images}. */
    public record Result(int tiles, double tileSeconds) {
    }

    /**
     * @param large      a rendition's playlist to take the poster from (the largest)
     * @param small      a rendition's playlist to take thumbnails from (the smallest)
     * @param durationMs the media's length
     */
    public Result make(Path large, Path small, long durationMs, Path outDir) {
        try {
            Path dir = Files.createDirectories(outDir.resolve(DIR));
            ImageIO.write(poster(large, durationMs), "jpg", dir.resolve(POSTER).toFile());
            return strip(small, durationMs, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage poster(Path playlist, long durationMs) {
        Java2DFrameConverter converter = new Java2DFrameConverter();
        BufferedImage best = null;
        double bestScore = -1;
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(playlist.toFile())) {
            g.start();
            for (double share : POSTER_AT) {
                Frame f = at(g, (long) (durationMs * 1000 * share));
                if (f == null) {
                    continue;
                }
                BufferedImage image = copy(converter.convert(f));
                double score = Brightness.score(image);
                if (score > bestScore) {
                    best = image;
                    bestScore = score;
                }
                if (Brightness.isNotBlank(image)) {
                    return image;
                }
            }
        } catch (FrameGrabber.Exception e) {
            throw new TranscodeException("taking the poster frame failed: " + e.getMessage(), e);
        }
        if (best == null) {
            throw new TranscodeException("no picture could be taken for the poster");
        }
        return best;
    }

    private static Result strip(Path playlist, long durationMs, Path dir) throws IOException {
        double seconds = Math.max(1, durationMs / 1000.0);
        double interval = Math.max(2, Math.ceil(seconds / MAX_TILES));
        int tiles = (int) Math.max(1, Math.min(MAX_TILES, Math.ceil(seconds / interval)));
        Java2DFrameConverter converter = new Java2DFrameConverter();
        BufferedImage sheet = null;
        int tileHeight = 0;
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(playlist.toFile())) {
            g.start();
            tileHeight = Math.max(2, (int) Math.round((double) TILE_WIDTH * g.getImageHeight() / g.getImageWidth()) & ~1);
            g.setImageWidth(TILE_WIDTH);
            g.setImageHeight(tileHeight);
            int rows = (tiles + COLUMNS - 1) / COLUMNS;
            sheet = new BufferedImage(TILE_WIDTH * Math.min(COLUMNS, tiles), tileHeight * rows,
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g2 = sheet.createGraphics();
            for (int i = 0; i < tiles; i++) {
                Frame f = at(g, (long) (i * interval * 1_000_000 + 500_000));
                int x = (i % COLUMNS) * TILE_WIDTH;
                int y = (i / COLUMNS) * tileHeight;
                if (f != null) {
                    g2.drawImage(converter.convert(f), x, y, TILE_WIDTH, tileHeight, null);
                }
                double from = i * interval;
                double to = Math.min(seconds, (i + 1) * interval);
                vtt.append('\n').append(time(from)).append(" --> ").append(time(i == tiles - 1 ? seconds : to))
                        .append('\n').append(STRIP).append("#xywh=").append(x).append(',').append(y).append(',')
                        .append(TILE_WIDTH).append(',').append(tileHeight).append('\n');
            }
            g2.dispose();
        } catch (FrameGrabber.Exception e) {
            throw new TranscodeException("making the thumbnails failed: " + e.getMessage(), e);
        }
        ImageIO.write(sheet, "jpg", dir.resolve(STRIP).toFile());
        Files.writeString(dir.resolve(INDEX), vtt);
        return new Result(tiles, interval);
    }

    /** The first picture at or after {@code micros}, or the last one before the end. */
    private static Frame at(FFmpegFrameGrabber g, long micros) throws FrameGrabber.Exception {
        g.setVideoTimestamp(Math.max(0, micros));
        Frame f = g.grabImage();
        if (f == null && micros > 0) {
            g.setVideoTimestamp(Math.max(0, micros - 2_000_000));
            f = g.grabImage();
        }
        return f;
    }

    private static BufferedImage copy(BufferedImage source) {
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return out;
    }

    private static String time(double seconds) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                ms % 1000);
    }
}
