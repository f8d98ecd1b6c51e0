package cn.gov.egov.media.job;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.gov.egov.media.images.StillImages;
import cn.gov.egov.media.ladder.LadderPlanner;
import cn.gov.egov.media.ladder.LadderProperties;
import cn.gov.egov.media.probe.MediaProbe;
import cn.gov.egov.media.storage.OutputUploader;
import cn.gov.egov.media.transcode.HlsTranscoder;
import cn.gov.egov.objectstore.ObjectStore;

/** Wires the plain-Java media pipeline from configuration. */
@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

    @Bean
    MediaPipeline mediaPipeline(ObjectStore store, MediaProperties media, LadderProperties ladder) {
        Duration maxDuration = media.maxDuration();
        return new MediaPipeline(store, new MediaProbe(maxDuration), new LadderPlanner(ladder),
                new HlsTranscoder(media.encoderThreads()), new StillImages(),
                new OutputUploader(store, media.uploadParallelism()), media.maxInputSize().toBytes());
    }
}
