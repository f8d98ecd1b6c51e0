package cn.gov.egov.objectstore;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one pure function from domain identifiers to storage keys. Nothing else builds keys, so layout changes
 * happen here and nowhere else. Originals are kept forever; renditions live under their own replaceable prefix.
 */
public final class ObjectKeys {

    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");
    private static final Pattern RENDITION = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private ObjectKeys() {
    }

    /** {@code originals/{asset}/original.{ext}}; the extension is normalised, unknown ones become {@code bin}. */
    public static String original(UUID assetId, String extension) {
        String ext = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        if (!EXTENSION.matcher(ext).matches()) {
            ext = "bin";
        }
        return "originals/" + assetId + "/original." + ext;
    }

    /** Prefix of all renditions of an asset, e.g. for deleting partial outputs. */
    public static String renditionsPrefix(UUID assetId) {
        return "renditions/" + assetId + "/";
    }

    /** {@code renditions/{asset}/{file}}, e.g. the HLS master playlist {@code master.m3u8}. */
    public static String renditionRoot(UUID assetId, String file) {
        if (!FILE.matcher(file).matches() || file.contains("..")) {
            throw new IllegalArgumentException("bad file name: " + file);
        }
        return renditionsPrefix(assetId) + file;
    }

    /** {@code renditions/{asset}/{rendition}/{file}}, e.g. {@code .../720p/segment-00001.ts}. */
    public static String renditionFile(UUID assetId, String rendition, String file) {
        if (!RENDITION.matcher(rendition).matches()) {
            throw new IllegalArgumentException("bad rendition name: " + rendition);
        }
        if (!FILE.matcher(file).matches() || file.contains("..")) {
            throw new IllegalArgumentException("bad file name: " + file);
        }
        return renditionsPrefix(assetId) + rendition + "/" + file;
    }
}
