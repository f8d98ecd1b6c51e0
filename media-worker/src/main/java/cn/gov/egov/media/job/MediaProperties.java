package cn.gov.egov.media.job;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and sizing of one worker (media.* in application.yml).
 *
 * @param maxInputSize    larger originals are refused before download
 * @param maxDuration     longer media are refused after probing
 * @param encoderThreads  threads per H.264 encoder; 0 lets x264 use the machine's cores
 * @param workDir         local scratch space for one download and its outputs per running job
 * @param maxAttempts     tries of a job that fails for a passing reason (storage down…) before it fails for good
 * @param uploadParallelism objects uploaded at once
 * @param lease           a running job whose worker has not written for this long is considered abandoned
 * @param heartbeat       how often a running job writes its progress (well below {@code lease})
 */
@ConfigurationProperties("media")
public record MediaProperties(
        @DefaultValue("20GB") DataSize maxInputSize,
        @DefaultValue("6h") Duration maxDuration,
        @DefaultValue("0") int encoderThreads,
        @DefaultValue("data/media-work") Path workDir,
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("8") int uploadParallelism,
        @DefaultValue("15s") Duration lease,
        @DefaultValue("2s") Duration heartbeat) {

    public MediaProperties {
        if (heartbeat.multipliedBy(3).compareTo(lease) > 0) {
            throw new IllegalArgumentException("media.heartbeat must be at most a third of media.lease");
        }
    }
}
