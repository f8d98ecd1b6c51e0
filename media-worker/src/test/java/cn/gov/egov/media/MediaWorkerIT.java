package cn.gov.egov.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.gov.egov.media.worker.WorkerRegistry;

/** The worker on real PostgreSQL and S3: its schema, the JobRunr queue running a job, FFmpeg in its health. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// closed before the JVM exits, so nothing still talks to the test database while it stops
@DirtiesContext
class MediaWorkerIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        WorkerTestInfrastructure.register(registry, "worker");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JobScheduler jobs;
    @Autowired
    StorageProvider storage;
    @Autowired
    WorkerRegistry registry;

    @Test
    void healthShowsFfmpegAndObjectStoreUp() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void workerRegistersItselfWithItsFfmpegVersion() {
        String version = jdbc.sql("select ffmpeg_version from worker where name = :n")
                .param("n", registry.name()).query(String.class).single();
        assertThat(version).startsWith("8.");
    }

    @Test
    void queueRunsAJobFromPostgres() throws Exception {
        Instant before = jdbc.sql("select last_seen from worker where name = :n").param("n", registry.name())
                .query(java.sql.Timestamp.class).single().toInstant();
        Thread.sleep(20);
        var id = jobs.enqueue(() -> registry.heartbeat());
        Job job = awaitDone(id.asUUID(), Duration.ofSeconds(60));
        assertThat(job.getState()).isEqualTo(StateName.SUCCEEDED);
        Instant after = jdbc.sql("select last_seen from worker where name = :n").param("n", registry.name())
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(after).isAfter(before);
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = 'jobrunr'")
                .query(Long.class).single()).isPositive();
    }

    private Job awaitDone(java.util.UUID id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Job job = storage.getJobById(id);
            if (job.getState() == StateName.SUCCEEDED || job.getState() == StateName.FAILED) {
                return job;
            }
            Thread.sleep(200);
        }
        return storage.getJobById(id);
    }
}
