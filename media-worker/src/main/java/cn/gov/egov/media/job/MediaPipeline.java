package cn.gov.egov.media.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import cn.gov.egov.media.images.StillImages;
import cn.gov.egov.media.ladder.LadderPlan;
import cn.gov.egov.media.ladder.LadderPlanner;
import cn.gov.egov.media.ladder.Rendition;
import cn.gov.egov.media.probe.MediaProbe;
import cn.gov.egov.media.probe.MediaRejectedException;
import cn.gov.egov.media.probe.MediaRejectedException.Reason;
import cn.gov.egov.media.probe.ProbeResult;
import cn.gov.egov.media.storage.OutputUploader;
import cn.gov.egov.media.transcode.HlsTranscoder;
import cn.gov.egov.media.transcode.MasterPlaylist;
import cn.gov.egov.media.transcode.TranscodeCancelledException;
import cn.gov.egov.objectstore.ObjectKeys;
import cn.gov.egov.objectstore.ObjectStore;

/**
 * One job's work, start to end, in a scratch directory: fetch the original from the object store (streamed to
 * disk), probe it, transcode the ladder, take the pictures, upload everything. Plain Java; the caller owns the
 * scratch directory and the job's bookkeeping. Nothing is uploaded until all outputs exist; an upload that fails
 * half-way removes the objects it added (objects of an earlier run it overwrote are equivalent).
 */
public final class MediaPipeline {

    /** Hears how far the work got. Shares of the whole: fetch 5 %, transcode 85 %, pictures 3 %, upload 7 %. */
    public interface Progress extends HlsTranscoder.Listener {
        void probed(ProbeResult probe);

        /** The share of the whole job done, 0..1. */
        void share(double done);
    }

    /** What a successful run made. */
    public record Outcome(ProbeResult probe, LadderPlan plan, List<MasterPlaylist.Variant> variants,
                          String masterKey, String posterKey, String thumbnailsKey, String thumbnailIndexKey,
                          List<String> keys) {
    }

    private final ObjectStore store;
    private final MediaProbe probe;
    private final LadderPlanner planner;
    private final HlsTranscoder transcoder;
    private final StillImages images;
    private final OutputUploader uploader;
    private final long maxInputBytes;

    public MediaPipeline(ObjectStore store, MediaProbe probe, LadderPlanner planner, HlsTranscoder transcoder,
                         StillImages images, OutputUploader uploader, long maxInputBytes) {
        this.store = store;
        this.probe = probe;
        this.planner = planner;
        this.transcoder = transcoder;
        this.images = images;
        this.uploader = uploader;
        this.maxInputBytes = maxInputBytes;
    }

    public Outcome run(UUID assetId, String sourceKey, Path scratch, Progress progress) {
        Path source = fetch(sourceKey, scratch.resolve("source"));
        progress.share(0.05);
        ProbeResult media = probe.probe(source);
        progress.probed(media);
        LadderPlan plan = planner.plan(media);
        Path out = scratch.resolve("out");
        HlsTranscoder.Result result = transcoder.transcode(source, media, plan, out, new HlsTranscoder.Listener() {
            @Override
            public void progress(long positionMillis) {
                progress.progress(positionMillis);
                if (media.durationMs() > 0) {
                    progress.share(0.05 + 0.85 * Math.min(1, (double) positionMillis / media.durationMs()));
                }
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        });
        List<Rendition> video = plan.video();
        boolean pictures = !video.isEmpty();
        if (pictures) {
            images.make(out.resolve(video.getFirst().name()).resolve("index.m3u8"),
                    out.resolve(video.getLast().name()).resolve("index.m3u8"),
                    Math.max(media.durationMs(), result.decodedMillis()), out);
        }
        progress.share(0.93);
        if (progress.cancelled()) {
            throw new TranscodeCancelledException();
        }
        List<String> keys = uploader.upload(assetId, out, MasterPlaylist.FILE);
        progress.share(1);
        return new Outcome(media, plan, result.variants(), ObjectKeys.renditionRoot(assetId, MasterPlaylist.FILE),
                pictures ? ObjectKeys.renditionFile(assetId, StillImages.DIR, StillImages.POSTER) : null,
                pictures ? ObjectKeys.renditionFile(assetId, StillImages.DIR, StillImages.STRIP) : null,
                pictures ? ObjectKeys.renditionFile(assetId, StillImages.DIR, StillImages.INDEX) : null, keys);
    }

    private Path fetch(String key, Path target) {
        var info = store.stat(key).orElseThrow(() -> new MediaRejectedException(Reason.SOURCE_MISSING,
                "the uploaded file " + key + " is not in the object store"));
        if (info.size() == 0) {
            throw new MediaRejectedException(Reason.EMPTY_FILE, "the file is empty (0 bytes)");
        }
        if (info.size() > maxInputBytes) {
            throw new MediaRejectedException(Reason.TOO_LARGE, "the file has " + info.size()
                    + " bytes, more than the limit of " + maxInputBytes);
        }
        try (InputStream in = store.get(key)) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("fetching " + key + " failed", e);
        }
    }
}
