package cn.gov.egov.portal.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import cn.gov.egov.embedded.MediaFixtures;
import cn.gov.egov.objectstore.ObjectKeys;
import cn.gov.egov.objectstore.ObjectStore;

/** Real HLS ladders made with the ffmpeg CLI and put in the object store where the media worker would put them. */
final class HlsLadders {

    private HlsLadders() {
    }

    /** A one-rendition ladder (360p, 2-second segments) of {@code seconds} of picture and tone, under the asset. */
    static void put(ObjectStore store, Path workDir, UUID asset, int seconds) throws IOException {
        Path out = Files.createDirectories(workDir.resolve("360p"));
        MediaFixtures.run(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y",
                "-f", "lavfi", "-i", MediaFixtures.picture(640, 360, 25, seconds),
                "-f", "lavfi", "-i", MediaFixtures.tone(seconds, "stereo"),
                "-c:v", "libx264", "-preset", "ultrafast", "-g", "50", "-c:a", "aac", "-f", "hls", "-hls_time", "2",
                "-hls_playlist_type", "vod", "-hls_segment_filename", out.resolve("seg_%03d.ts").toString(),
                out.resolve("index.m3u8").toString()), out.resolve("index.m3u8"));
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                upload(store, ObjectKeys.renditionFile(asset, "360p", name), f,
                        name.endsWith(".ts") ? "video/mp2t" : "application/vnd.apple.mpegurl");
            }
        }
        Path master = Files.writeString(workDir.resolve("master.m3u8"), """
                #EXTM3U
                #EXT-X-VERSION:3
                #EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360
                360p/index.m3u8
                """);
        upload(store, ObjectKeys.renditionRoot(asset, "master.m3u8"), master, "application/vnd.apple.mpegurl");
    }

    private static void upload(ObjectStore store, String key, Path file, String type) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            store.put(key, in, Files.size(file), type);
        }
    }
}
