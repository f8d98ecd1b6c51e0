package cn.gov.egov.media.worker;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import cn.gov.egov.media.transcode.FfmpegRuntime;

/** DOWN when FFmpeg's natives cannot load or lack libx264: such a worker must not take jobs. */
@Component("ffmpeg")
class FfmpegHealthIndicator extends AbstractHealthIndicator {

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean x264 = FfmpegRuntime.hasLibx264();
        (x264 ? builder.up() : builder.down())
                .withDetail("version", FfmpegRuntime.version())
                .withDetail("libx264", x264);
    }
}
