package cn.gov.egov.portal.media;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import cn.gov.egov.objectstore.ObjectKeys;
import cn.gov.egov.objectstore.ObjectStore;
import cn.gov.egov.portal.security.PortalUser;
import cn.gov.egov.portal.security.Role;
import cn.gov.egov.region.RegionTree;

/**
 * The media library: course administrators upload originals (streamed to the object store, never held in memory),
 * each upload queues a transcode job on media-worker, and the library follows the job until the HLS ladder is
 * ready. Administrators see and manage the media of their region's subtree; checked here, on the server.
 */
@Service
public class MediaLibrary {

    private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);
    private static final Set<Role> MANAGERS = Set.of(Role.COURSE_ADMIN, Role.SYSTEM_ADMIN);
    private static final Set<String> FINAL = Set.of("SUCCEEDED", "CANCELLED");

    private final MediaAssetRepository assets;
    private final ObjectStore store;
    private final MediaWorkerClient worker;
    private final MediaWorkerProperties properties;
    private final RegionTree regions;
    private final Clock clock;

    public MediaLibrary(MediaAssetRepository assets, ObjectStore store, MediaWorkerClient worker,
                        MediaWorkerProperties properties, RegionTree regions, Clock clock) {
        this.assets = assets;
        this.store = store;
        this.worker = worker;
        this.properties = properties;
        this.regions = regions;
        this.clock = clock;
    }

    /** Stores the upload and queues its transcode; the asset is kept even when the worker cannot be reached. */
    public MediaAsset upload(PortalUser user, String filename, long size, String contentType, InputStream content) {
        requireManager(user);
        UploadRules.check(filename, size, properties.maxUploadSize().toBytes());
        UUID id = UUID.randomUUID();
        String name = filename.strip();
        String key = ObjectKeys.original(id, UploadRules.extension(name));
        long max = properties.maxUploadSize().toBytes();
        try {
            store.put(key, new LimitedInputStream(content, max), size, contentType == null || contentType.isBlank()
                    ? "application/octet-stream" : contentType);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof MediaUploadException tooLarge) {
                    throw tooLarge; // the stream said so while the store was reading it
                }
            }
            throw e;
        }
        MediaAsset asset = new MediaAsset(id, UploadRules.title(name), name, size, contentType, key,
                user.regionCode(), user.username(), clock.instant(), null, null);
        assets.insert(asset);
        log.info("{} uploaded {} ({} bytes) as {}", user.username(), name, size, key);
        return submit(user, asset);
    }

    /** Queues (again) the transcode of an asset; answers the asset as it now is. */
    public MediaAsset submit(PortalUser user, MediaAsset asset) {
        requireManaged(user, asset);
        try {
            MediaJob job = worker.submit(asset.id(), asset.sourceKey(), asset.filename(), user);
            assets.setJob(asset.id(), job.id(), job.state());
        } catch (MediaWorkerException e) {
            log.warn("Could not queue the transcode of {}: {}", asset.id(), e.getMessage());
        }
        return assets.find(asset.id()).orElseThrow();
    }

    /** The media of the user's region subtree, newest first. */
    public List<MediaAsset> list(PortalUser user) {
        requireManager(user);
        return assets.inRegion(regions.get(user.regionCode()).subtreePrefix() + "%", 200);
    }

    /**
     * The asset's job as media-worker sees it now (empty when there is none or the worker is unreachable). A job
     * known to be over is not asked about again.
     */
    public Optional<MediaJob> job(MediaAsset asset) {
        if (asset.jobId() == null) {
            return Optional.empty();
        }
        if (FINAL.contains(asset.jobState())) {
            return Optional.of(new MediaJob(asset.jobId(), asset.id(), asset.filename(), "UPLOAD", asset.jobState(),
                    "SUCCEEDED".equals(asset.jobState()) ? 100 : 0, null, 0, null, null, null, false, null, null,
                    null, null, null));
        }
        try {
            MediaJob job = worker.get(asset.jobId());
            if (!job.state().equals(asset.jobState())) {
                assets.setJob(asset.id(), job.id(), job.state());
            }
            return Optional.of(job);
        } catch (MediaWorkerException e) {
            return Optional.empty();
        }
    }

    public void cancel(PortalUser user, MediaAsset asset) {
        requireManaged(user, asset);
        if (asset.jobId() != null) {
            MediaJob job = worker.cancel(asset.jobId(), user);
            assets.setJob(asset.id(), job.id(), job.state());
        }
    }

    /** An asset any signed-in user may watch: its ladder is ready. */
    public Optional<MediaAsset> playable(UUID id) {
        return assets.find(id).filter(a -> {
            if ("SUCCEEDED".equals(a.jobState())) {
                return true;
            }
            return job(a).map(j -> "SUCCEEDED".equals(j.state())).orElse(false);
        });
    }

    public Optional<MediaAsset> find(UUID id) {
        return assets.find(id);
    }

    private static void requireManager(PortalUser user) {
        if (!MANAGERS.contains(user.role())) {
            throw new AccessDeniedException("only course administrators manage the media library");
        }
    }

    private void requireManaged(PortalUser user, MediaAsset asset) {
        requireManager(user);
        if (!regions.isWithin(asset.regionCode(), user.regionCode())) {
            throw new AccessDeniedException("the media belong to another region");
        }
    }
}
