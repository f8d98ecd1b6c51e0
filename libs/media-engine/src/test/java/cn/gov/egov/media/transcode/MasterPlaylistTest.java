package cn.gov.egov.media.transcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.egov.media.ladder.Rendition;

class MasterPlaylistTest {

    @TempDir
    Path dir;

    @Test
    void bandwidthsAreMeasuredFromTheSegments() throws Exception {
        Rendition r = new Rendition("720p", 1280, 720, 2_500_000, 3_000_000, 128_000);
        Path folder = Files.createDirectories(dir.resolve("720p"));
        Files.write(folder.resolve("seg_00000.ts"), new byte[750_000]); // 6 s → 1 Mbit/s
        Files.write(folder.resolve("seg_00001.ts"), new byte[1_000_000]); // 4 s → 2 Mbit/s
        Files.writeString(folder.resolve("index.m3u8"), "#EXTM3U\n#EXTINF:6.000000,\nseg_00000.ts\n"
                + "#EXTINF:4.000000,\nseg_00001.ts\n#EXT-X-ENDLIST\n");
        MasterPlaylist.Variant v = MasterPlaylist.measure(dir, r, "avc1.64001f,mp4a.40.2", 25);
        assertThat(v.peakBandwidth()).isEqualTo(2_000_000);
        assertThat(v.averageBandwidth()).isEqualTo(1_400_000);
        String master = MasterPlaylist.render(List.of(v, new MasterPlaylist.Variant(
                new Rendition("audio", 0, 0, 0, 0, 64_000), 70_000, 66_000, "mp4a.40.2", 0)));
        assertThat(master).isEqualTo("""
                #EXTM3U
                #EXT-X-VERSION:3
                #EXT-X-INDEPENDENT-SEGMENTS
                #EXT-X-STREAM-INF:BANDWIDTH=2000000,AVERAGE-BANDWIDTH=1400000,RESOLUTION=1280x720,FRAME-RATE=25.000,\
                CODECS="avc1.64001f,mp4a.40.2"
                720p/index.m3u8
                #EXT-X-STREAM-INF:BANDWIDTH=70000,AVERAGE-BANDWIDTH=66000,CODECS="mp4a.40.2"
                audio/index.m3u8
                """);
    }

    @Test
    void codecStringComesFromTheSps() {
        byte[] annexB = {0, 0, 0, 1, 0x67, 0x64, 0x00, 0x1f, 0x11, 0, 0, 1, 0x68, 1};
        assertThat(MasterPlaylist.avc1(annexB)).isEqualTo("avc1.64001f");
        assertThat(MasterPlaylist.avc1(new byte[] {1, 0x4d, 0x40, 0x28, 0})).isEqualTo("avc1.4d4028");
    }
}
