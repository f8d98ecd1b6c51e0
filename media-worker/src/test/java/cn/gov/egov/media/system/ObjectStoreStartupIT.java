package cn.gov.egov.media.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import cn.gov.egov.embedded.TestInfrastructure;
import cn.gov.egov.media.MediaWorkerApplication;

/** A worker that cannot use the object store refuses to start, with one line naming the settings. */
@ExtendWith(OutputCaptureExtension.class)
class ObjectStoreStartupIT {

    private static String[] args(Map<String, String> overrides) {
        Map<String, String> all = new HashMap<>(overrides);
        all.put("jobrunr.background-job-server.enabled", "false");
        return TestInfrastructure.get().commandLine(all);
    }

    @Test
    void unreachableObjectStoreNamesEndpointAndSettings(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(MediaWorkerApplication.class,
                args(Map.of("platform.object-store.endpoint", "http://127.0.0.1:1")))).isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("Object store unusable / 无法使用对象存储: object store unreachable at http://127.0.0.1:1")
                .contains("PLATFORM_OBJECT_STORE_ENDPOINT");
    }

    @Test
    void wrongObjectStoreKeyIsRefusedClearly(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(MediaWorkerApplication.class,
                args(Map.of("platform.object-store.secret-key", "not-the-right-secret")))).isNotNull();
        assertThat(output.getOut() + output.getErr())
                .contains("Object store unusable / 无法使用对象存储: object store check bucket failed");
    }
}
