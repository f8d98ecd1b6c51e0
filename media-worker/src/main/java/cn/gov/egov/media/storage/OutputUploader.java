package cn.gov.egov.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

import cn.gov.egov.objectstore.ObjectKeys;
import cn.gov.egov.objectstore.ObjectStore;
import cn.gov.egov.objectstore.ObjectStoreException;

/**
 * Puts a finished output directory into the object store under the asset's renditions prefix, several objects at
 * once; the master playlist goes last so a player never finds it before what it points to. Objects of an earlier
 * run that this run did not make are removed, so a re-run leaves exactly the same objects. Plain Java.
 */
public final class OutputUploader {

    private final ObjectStore store;
    private final int parallelism;

    public OutputUploader(ObjectStore store, int parallelism) {
        this.store = store;
        this.parallelism = Math.max(1, parallelism);
    }

    /**
     * Uploads everything below {@code dir} in three waves: segments and pictures, then the renditions' playlists,
     * then {@code lastFile} (the master playlist), so no playlist is visible before what it lists. Returns the keys
     * written. When an upload fails, the objects this run added are removed (objects of an earlier run that it
     * overwrote stay: a re-run of the same original writes equivalent ones) and the failure is rethrown.
     */
    public List<String> upload(UUID assetId, Path dir, String lastFile) {
        Set<String> before = new HashSet<>();
        store.list(ObjectKeys.renditionsPrefix(assetId)).forEach(o -> before.add(o.key()));
        List<Path> files = files(dir);
        List<String> keys = new ArrayList<>();
        try {
            keys.addAll(putAll(assetId, dir, files.stream().filter(f -> !isPlaylist(f)).toList()));
            keys.addAll(putAll(assetId, dir, files.stream()
                    .filter(f -> isPlaylist(f) && !dir.relativize(f).toString().equals(lastFile)).toList()));
            keys.addAll(putAll(assetId, dir, files.stream()
                    .filter(f -> dir.relativize(f).toString().equals(lastFile)).toList()));
        } catch (RuntimeException e) {
            store.list(ObjectKeys.renditionsPrefix(assetId)).stream().map(ObjectStore.ObjectInfo::key)
                    .filter(k -> !before.contains(k)).forEach(this::deleteQuietly);
            throw e;
        }
        Set<String> made = new HashSet<>(keys);
        before.stream().filter(k -> !made.contains(k)).forEach(store::delete);
        return keys;
    }

    private static boolean isPlaylist(Path f) {
        return f.getFileName().toString().endsWith(".m3u8");
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (RuntimeException ignored) {
            // the store is failing anyway; the next run cleans up
        }
    }

    /** The key of a file of the output directory: {@code <rendition>/<file>} or a file at its root. */
    public static String keyOf(UUID assetId, Path dir, Path file) {
        Path rel = dir.relativize(file);
        return switch (rel.getNameCount()) {
            case 1 -> ObjectKeys.renditionRoot(assetId, rel.toString());
            case 2 -> ObjectKeys.renditionFile(assetId, rel.getName(0).toString(), rel.getName(1).toString());
            default -> throw new IllegalArgumentException("unexpected output file " + rel);
        };
    }

    private List<String> putAll(UUID assetId, Path dir, List<Path> files) {
        Semaphore slots = new Semaphore(parallelism);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> done = new ArrayList<>();
            for (Path f : files) {
                done.add(pool.submit(() -> {
                    slots.acquire();
                    try {
                        return put(assetId, dir, f);
                    } finally {
                        slots.release();
                    }
                }));
            }
            List<String> keys = new ArrayList<>();
            for (Future<String> f : done) {
                keys.add(f.get());
            }
            return keys;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new ObjectStoreException("upload failed", e.getCause(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ObjectStoreException("upload interrupted", e, false);
        }
    }

    private String put(UUID assetId, Path dir, Path file) {
        String key = keyOf(assetId, dir, file);
        try (InputStream in = Files.newInputStream(file)) {
            store.put(key, in, Files.size(file), contentType(file));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".m3u8")) {
            return "application/vnd.apple.mpegurl";
        } else if (name.endsWith(".ts")) {
            return "video/mp2t";
        } else if (name.endsWith(".jpg")) {
            return "image/jpeg";
        } else if (name.endsWith(".vtt")) {
            return "text/vtt; charset=utf-8";
        }
        return "application/octet-stream";
    }
}
