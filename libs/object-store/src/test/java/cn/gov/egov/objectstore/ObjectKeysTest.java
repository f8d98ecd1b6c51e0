package cn.gov.egov.objectstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class ObjectKeysTest {

    private final UUID id = UUID.fromString("11111111-2222-3333-4444-555555555555");

    @Test
    void keysFollowOneLayout() {
        assertThat(ObjectKeys.original(id, "MP4")).isEqualTo("originals/" + id + "/original.mp4");
        assertThat(ObjectKeys.renditionFile(id, "720p", "index.m3u8"))
                .isEqualTo("renditions/" + id + "/720p/index.m3u8");
        assertThat(ObjectKeys.renditionRoot(id, "master.m3u8")).isEqualTo("renditions/" + id + "/master.m3u8");
    }

    @Test
    void hostileNamesNeverEscapeThePrefix() {
        assertThat(ObjectKeys.original(id, "../../etc")).endsWith("/original.bin");
        assertThat(ObjectKeys.original(id, null)).endsWith("/original.bin");
        assertThatThrownBy(() -> ObjectKeys.renditionFile(id, "../x", "a.ts")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObjectKeys.renditionFile(id, "720p", "../../a.ts")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObjectKeys.renditionFile(id, "720p", "a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObjectKeys.renditionRoot(id, "../master.m3u8")).isInstanceOf(IllegalArgumentException.class);
    }
}
