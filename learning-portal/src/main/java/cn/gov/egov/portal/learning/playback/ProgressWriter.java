package cn.gov.egov.portal.learning.playback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import cn.gov.egov.portal.learning.progress.LessonProgress;

/**
 * Group commit of accepted heartbeats: each beat's progress waits here at most one write interval
 * ({@code portal.learning.playback.write-interval}, 50 ms) and is then stored with every other waiting beat in one
 * transaction, the newest per learner and lesson only. One commit per interval instead of one per heartbeat is what
 * lets one portal take thousands of heartbeats a second (docs/performance.md, heartbeats).
 * <p>
 * Safe because saves are monotonic ({@link LessonProgressRepository#save}: a stale or repeated write changes
 * nothing) and because what a beat earned is also held by its playback in memory: a crash loses at most one
 * interval of watching, never credit that was not earned. A beat that completes its lesson is not written here: the
 * service stores it at once, before marking the lesson complete. A failed write is retried at the next interval.
 */
@Component
public class ProgressWriter {

    private static final Logger log = LoggerFactory.getLogger(ProgressWriter.class);

    record Key(UUID learnerId, UUID lessonId) {
    }

    record Pending(LessonProgress progress, Instant at) {
    }

    private final LessonProgressRepository repository;
    private final Map<Key, Pending> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService writer;

    public ProgressWriter(LessonProgressRepository repository, PlaybackProperties properties) {
        this.repository = repository;
        this.writer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("progress-writer")
                .factory());
        long every = Math.max(1, properties.writeInterval().toMillis());
        writer.scheduleWithFixedDelay(this::flushQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** Stores this progress within one write interval (a newer one of the same learner and lesson replaces it). */
    public void submit(LessonProgress progress, Instant at) {
        pending.put(new Key(progress.learnerId(), progress.lessonId()), new Pending(progress, at));
    }

    /** Stores this learner's waiting beat of this lesson now, in the caller's thread (start of a playback). */
    public void flush(UUID learnerId, UUID lessonId) {
        Pending p = pending.remove(new Key(learnerId, lessonId));
        if (p != null) {
            repository.save(p.progress(), p.at()); // monotonic: a batch writing it meanwhile changes nothing
        }
    }

    /** Stores everything waiting, now, in the caller's thread (shut-down, tests). */
    public synchronized void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> batch = new ArrayList<>(pending.size());
        for (Map.Entry<Key, Pending> e : List.copyOf(pending.entrySet())) {
            if (pending.remove(e.getKey(), e.getValue())) { // a newer beat that came meanwhile stays for next time
                batch.add(e.getValue());
            }
        }
        try {
            repository.saveAll(batch);
        } catch (RuntimeException e) {
            for (Pending p : batch) { // keep for the next attempt, unless a newer beat is already waiting
                pending.putIfAbsent(new Key(p.progress().learnerId(), p.progress().lessonId()), p);
            }
            throw e;
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Could not store {} heartbeats' progress; retrying: {}", pending.size(), e.toString());
        }
    }

    @PreDestroy
    void stop() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushQuietly();
    }
}
