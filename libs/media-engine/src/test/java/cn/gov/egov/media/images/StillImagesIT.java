package cn.gov.egov.media.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.egov.embedded.MediaFixtures;
import cn.gov.egov.media.ladder.LadderPlan;
import cn.gov.egov.media.ladder.LadderPlanner;
import cn.gov.egov.media.ladder.LadderProperties;
import cn.gov.egov.media.probe.MediaProbe;
import cn.gov.egov.media.probe.ProbeResult;
import cn.gov.egov.media.transcode.HlsTranscoder;

/** The poster is not the black lead-in of a recording; the thumbnail sheet and its index cover the whole length. */
class StillImagesIT {

    @TempDir
    Path dir;

    @Test
    void posterSkipsBlackAndThumbnailsCoverTheLength() throws Exception {
        // 4 s of black (a recording's lead-in), then 16 s of picture
        Path in = MediaFixtures.make(dir, "lead-in.mp4", "color=c=black:s=640x360:r=25:d=4[b];"
                + "testsrc2=s=640x360:r=25:d=16[t];[b][t]concat=n=2:v=1:a=0", null, List.of("-c:v", "libx264"));
        ProbeResult probe = new MediaProbe(Duration.ofHours(1)).probe(in);
        LadderPlan plan = new LadderPlanner(LadderProperties.defaults()).plan(probe);
        Path out = dir.resolve("out");
        new HlsTranscoder(0).transcode(in, probe, plan, out, HlsTranscoder.Listener.NONE);
        Path playlist = out.resolve("360p/index.m3u8");
        StillImages.Result result = new StillImages().make(playlist, playlist, probe.durationMs(), out);

        BufferedImage poster = ImageIO.read(out.resolve("images/poster.jpg").toFile());
        assertThat(poster.getWidth()).isEqualTo(640);
        assertThat(Brightness.isNotBlank(poster)).as("not the black lead-in").isTrue();

        assertThat(result.tiles()).isEqualTo(10);
        assertThat(result.tileSeconds()).isEqualTo(2.0);
        BufferedImage sheet = ImageIO.read(out.resolve("images/thumbs.jpg").toFile());
        assertThat(sheet.getWidth()).isEqualTo(1600);
        assertThat(sheet.getHeight()).isEqualTo(90);
        String vtt = Files.readString(out.resolve("images/thumbs.vtt"));
        assertThat(vtt.lines().filter(l -> l.startsWith("thumbs.jpg#xywh=")).toList()).hasSize(10).first().isEqualTo("thumbs.jpg#xywh=0,0,160,90");
        assertThat(vtt).contains("00:00:18.000 --> 00:00:20.000").contains("thumbs.jpg#xywh=1440,0,160,90");
        // the first two tiles are the black lead-in, the last ones show the picture
        assertThat(Brightness.isNotBlank(sheet.getSubimage(0, 0, 160, 90))).isFalse();
        assertThat(Brightness.isNotBlank(sheet.getSubimage(1440, 0, 160, 90))).isTrue();
    }

    @Test
    void blackAndFlatPicturesAreBlank() {
        BufferedImage black = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        assertThat(Brightness.isNotBlank(black)).isFalse();
        BufferedImage grey = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 36; y++) {
            for (int x = 0; x < 64; x++) {
                grey.setRGB(x, y, 0x808080);
            }
        }
        assertThat(Brightness.isNotBlank(grey)).as("flat").isFalse();
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 36; y++) {
                grey.setRGB(x, y, 0xf0f0f0);
            }
        }
        assertThat(Brightness.isNotBlank(grey)).isTrue();
    }
}
