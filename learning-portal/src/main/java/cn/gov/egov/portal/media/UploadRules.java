package cn.gov.egov.portal.media;

import java.util.Locale;
import java.util.regex.Pattern;

/** What an upload must be before a byte is stored. Plain Java. */
public final class UploadRules {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u202e]");
    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");

    private UploadRules() {
    }

    /** Throws {@link MediaUploadException} for the first broken rule. */
    public static void check(String filename, long size, long maxSize) {
        if (filename == null || filename.isBlank()) {
            throw new MediaUploadException("filename-missing", "the file has no name");
        }
        if (filename.length() > 255) {
            throw new MediaUploadException("filename-too-long", "file names may have at most 255 characters");
        }
        if (CONTROL.matcher(filename).find() || filename.contains("/") || filename.contains("\\")
                || filename.strip().matches("\\.+")) {
            throw new MediaUploadException("filename-bad", "the file name has control characters or a path");
        }
        if (size == 0) { // -1 (unknown) passes: the stream is counted while it is stored
            throw new MediaUploadException("empty", "the file is empty");
        }
        if (size > maxSize) {
            throw new MediaUploadException("too-large", "the file is larger than " + maxSize + " bytes");
        }
    }

    /** The title shown for a file: its name without the extension, at most 200 characters. */
    public static String title(String filename) {
        String base = filename.strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    /** The extension kept in the object key ({@code mp4}), or {@code bin}. */
    public static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        String ext = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        return EXTENSION.matcher(ext).matches() ? ext : "bin";
    }
}
