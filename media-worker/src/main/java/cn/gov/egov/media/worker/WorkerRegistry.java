package cn.gov.egov.media.worker;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import cn.gov.egov.media.transcode.FfmpegRuntime;

/** Records which workers are alive, with their FFmpeg version, so operators can see the pool. */
@Service
public class WorkerRegistry {

    private static final Logger log = LoggerFactory.getLogger(WorkerRegistry.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String name;

    public WorkerRegistry(JdbcClient jdbc, Clock clock, WorkerProperties properties, Environment environment) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.name = properties.name().isBlank()
                ? hostName() + ":" + environment.getProperty("local.server.port",
                        environment.getProperty("server.port", "8082"))
                : properties.name();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into worker (name, ffmpeg_version, started_at, last_seen) values (:name, :ffmpeg, :now, :now)
                on conflict (name) do update set ffmpeg_version = excluded.ffmpeg_version,
                    started_at = excluded.started_at, last_seen = excluded.last_seen
                """)
                .param("name", name).param("ffmpeg", FfmpegRuntime.version()).param("now", Timestamp.from(now))
                .update();
        log.info("Media worker {} registered (FFmpeg {}, libx264 {})", name, FfmpegRuntime.version(),
                FfmpegRuntime.hasLibx264());
    }

    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    public void heartbeat() {
        jdbc.sql("update worker set last_seen = :now where name = :name")
                .param("now", Timestamp.from(clock.instant())).param("name", name).update();
    }

    public String name() {
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "worker";
        }
    }
}
