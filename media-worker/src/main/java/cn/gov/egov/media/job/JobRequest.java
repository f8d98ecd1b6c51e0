package cn.gov.egov.media.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A request to transcode an uploaded original: body of {@code POST /api/v1/jobs}.
 *
 * @param assetId   the portal's (or conference-server's) asset; outputs go under its renditions
 * @param sourceKey the original's key, {@code originals/<assetId>/original.<ext>} (see ObjectKeys)
 * @param filename  the name the user's file had, for display only (never used in a key or a path)
 * @param kind      UPLOAD or RECORDING
 */
public record JobRequest(UUID assetId, String sourceKey, String filename, String kind) {

    private static final Set<String> KINDS = Set.of("UPLOAD", "RECORDING");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u202e]");

    /** A field that is wrong and why: {@code field}, a stable {@code code} and an English message. */
    public record Problem(String field, String code, String message) {
    }

    /** Every broken rule; empty when the request is good. Plain Java. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (assetId == null) {
            out.add(new Problem("assetId", "asset.required", "assetId is required"));
        }
        String expected = assetId == null ? null : "originals/" + assetId + "/original.";
        if (sourceKey == null || expected == null || !sourceKey.startsWith(expected)
                || !sourceKey.substring(expected.length()).matches("[a-z0-9]{1,8}")) {
            out.add(new Problem("sourceKey", "source-key.malformed",
                    "sourceKey must be originals/<assetId>/original.<ext>"));
        }
        if (filename == null || filename.isBlank()) {
            out.add(new Problem("filename", "filename.required", "filename is required"));
        } else if (filename.length() > 255) {
            out.add(new Problem("filename", "filename.too-long", "filename: at most 255 characters"));
        } else if (CONTROL.matcher(filename).find()) {
            out.add(new Problem("filename", "filename.control-characters",
                    "filename must not contain control characters"));
        } else if (filename.contains("/") || filename.contains("\\") || filename.strip().matches("\\.+")) {
            out.add(new Problem("filename", "filename.path", "filename must be a plain file name, not a path"));
        }
        if (kind != null && !KINDS.contains(kind)) {
            out.add(new Problem("kind", "kind.unknown", "kind must be UPLOAD or RECORDING"));
        }
        return out;
    }
}
