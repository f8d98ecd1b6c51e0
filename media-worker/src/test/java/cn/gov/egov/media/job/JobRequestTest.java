package cn.gov.egov.media.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class JobRequestTest {

    private final UUID asset = UUID.randomUUID();
    private final String key = "originals/" + asset + "/original.mp4";

    private String codes(JobRequest r) {
        return String.join(",", r.problems().stream().map(JobRequest.Problem::code).toList());
    }

    @Test
    void aGoodRequestHasNoProblems() {
        assertThat(new JobRequest(asset, key, "第一讲 依法行政（上）.mp4", "UPLOAD").problems()).isEmpty();
        assertThat(new JobRequest(asset, key, "recording.webm", null).problems()).isEmpty();
    }

    @Test
    void hostileOrBrokenFieldsAreNamed() {
        assertThat(codes(new JobRequest(asset, key, "../../etc/passwd", "UPLOAD"))).isEqualTo("filename.path");
        assertThat(codes(new JobRequest(asset, key, "..", "UPLOAD"))).isEqualTo("filename.path");
        assertThat(codes(new JobRequest(asset, key, "C:\\a.mp4", "UPLOAD"))).isEqualTo("filename.path");
        assertThat(codes(new JobRequest(asset, key, "a\u202eexe.mp4", "UPLOAD")))
                .isEqualTo("filename.control-characters");
        assertThat(codes(new JobRequest(asset, key, "a\nb.mp4", "UPLOAD"))).isEqualTo("filename.control-characters");
        assertThat(codes(new JobRequest(asset, key, " ", "UPLOAD"))).isEqualTo("filename.required");
        assertThat(codes(new JobRequest(asset, key, "a".repeat(256), "UPLOAD"))).isEqualTo("filename.too-long");
        assertThat(codes(new JobRequest(asset, "originals/" + asset + "/../x.mp4", "a.mp4", "UPLOAD")))
                .isEqualTo("source-key.malformed");
        assertThat(codes(new JobRequest(null, key, "a.mp4", "OTHER")))
                .isEqualTo("asset.required,source-key.malformed,kind.unknown");
    }
}
