package cn.gov.egov.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.egov.media.fixtures.MediaFixtures;
import cn.gov.egov.media.ladder.LadderPlan;
import cn.gov.egov.media.ladder.LadderPlanner;
import cn.gov.egov.media.ladder.LadderProperties;
import cn.gov.egov.media.probe.MediaProbe;
import cn.gov.egov.media.probe.ProbeResult;

class HlsTranscoderSmokeIT {

    @TempDir
    Path dir;

    @Test
    void smoke() throws Exception {
        Path in = MediaFixtures.make(dir, "in.mp4", MediaFixtures.picture(1920, 1080, 30, 10),
                MediaFixtures.tone(10, "stereo"), List.of("-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac"));
        ProbeResult probe = new MediaProbe(Duration.ofHours(6)).probe(in);
        System.out.println(probe);
        LadderPlan plan = new LadderPlanner(LadderProperties.defaults()).plan(probe);
        System.out.println(plan);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        var result = new HlsTranscoder(0).transcode(in, probe, plan, out, new HlsTranscoder.Listener() {
            public void progress(long ms) { System.out.println("at " + ms); }
            public boolean cancelled() { return false; }
        });
        System.out.println("took " + (System.nanoTime() - t0) / 1e9);
        System.out.println(Files.readString(out.resolve("master.m3u8")));
        System.out.println(Files.readString(out.resolve("720p/index.m3u8")));
        System.out.println(MediaFixtures.ffprobe(out.resolve("720p/index.m3u8")));
        assertThat(result.variants()).hasSize(5);
    }
}
