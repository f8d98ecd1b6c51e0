package cn.gov.egov.media;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Takes transcode jobs from the shared queue (JobRunr on PostgreSQL). Port 8082 by default. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MediaWorkerApplication {

    public static void main(String[] args) {
        SpringApplication.run(MediaWorkerApplication.class, args);
    }
}
