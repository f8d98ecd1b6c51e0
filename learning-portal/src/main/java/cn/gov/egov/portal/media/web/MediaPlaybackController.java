package cn.gov.egov.portal.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.gov.egov.objectstore.ObjectKeys;
import cn.gov.egov.objectstore.ObjectStore;
import cn.gov.egov.portal.media.MediaAsset;
import cn.gov.egov.portal.media.MediaLibrary;
import cn.gov.egov.portal.media.PlaybackAccess;
import cn.gov.egov.portal.security.PortalPrincipal;
import cn.gov.egov.portal.media.MediaWorkerProperties;

/**
 * Playback for signed-in users without putting the portal in the video's data path: playlists (a few hundred
 * bytes) are served from here with their relative links intact, so every segment and picture is asked of this
 * controller, which answers with a redirect to a freshly presigned, short-lived link to the object store. The
 * browser then fetches the bytes from the object store directly.
 */
@RestController
@RequestMapping("/media/play/{assetId}")
class MediaPlaybackController {

    private static final MediaType PLAYLIST = MediaType.parseMediaType("application/vnd.apple.mpegurl");
    private static final Pattern RENDITION = Pattern.compile("[a-z0-9]{1,16}");
    private static final Pattern FILE = Pattern.compile("[a-z0-9_]{1,32}\\.(ts|jpg|vtt)");

    private final MediaLibrary library;
    private final PlaybackAccess access;
    private final ObjectStore store;
    private final MediaWorkerProperties properties;

    MediaPlaybackController(MediaLibrary library, PlaybackAccess access, ObjectStore store,
                            MediaWorkerProperties properties) {
        this.library = library;
        this.access = access;
        this.store = store;
        this.properties = properties;
    }

    @GetMapping("/master.m3u8")
    ResponseEntity<String> master(@AuthenticationPrincipal PortalPrincipal who, @PathVariable UUID assetId) {
        MediaAsset asset = playable(who, assetId);
        return playlist(ObjectKeys.renditionRoot(asset.id(), "master.m3u8"));
    }

    @GetMapping("/{rendition}/index.m3u8")
    ResponseEntity<String> variant(@AuthenticationPrincipal PortalPrincipal who, @PathVariable UUID assetId,
                                   @PathVariable String rendition) {
        MediaAsset asset = playable(who, assetId);
        requireName(RENDITION, rendition);
        return playlist(ObjectKeys.renditionFile(asset.id(), rendition, "index.m3u8"));
    }

    /** A segment or picture: a redirect to a presigned link of {@code portal.media.segment-link-lifetime}. */
    @GetMapping("/{rendition}/{file}")
    ResponseEntity<Void> object(@AuthenticationPrincipal PortalPrincipal who, @PathVariable UUID assetId,
                                @PathVariable String rendition, @PathVariable String file) {
        MediaAsset asset = playable(who, assetId);
        requireName(RENDITION, rendition);
        requireName(FILE, file);
        String url = store.presignedGet(ObjectKeys.renditionFile(asset.id(), rendition, file),
                properties.segmentLinkLifetime());
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(url))
                .cacheControl(CacheControl.noStore()).build();
    }

    /** The asset if it is transcoded and the user may play it; 404 otherwise (not telling which). */
    private MediaAsset playable(PortalPrincipal who, UUID id) {
        return library.playable(id).filter(a -> who != null && access.mayPlay(who.user(), a))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void requireName(Pattern pattern, String name) {
        if (!pattern.matcher(name).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private ResponseEntity<String> playlist(String key) {
        if (store.stat(key).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try (InputStream in = store.get(key)) {
            return ResponseEntity.ok().contentType(PLAYLIST).cacheControl(CacheControl.noCache())
                    .body(new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
