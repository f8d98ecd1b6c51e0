package cn.gov.egov.portal.people;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's zip-bomb limits ({@link ZipSecureFile}) set deliberately before any roster is opened. They are JVM-wide
 * statics, so this only ever tightens them — a stricter value set elsewhere is kept.
 * <ul>
 *   <li>inflate ratio: no part may expand more than 100 times its compressed size (POI's default, kept on
 *       purpose: sheet XML compresses about 10–20 times)</li>
 *   <li>entry size: no part above 256 MiB expanded (POI: 4 GiB); 200,000 rows of nine columns are about
 *       120 MiB of sheet XML</li>
 *   <li>entry count: at most 200 parts (POI: 1000); a roster workbook has about a dozen</li>
 * </ul>
 */
final class ZipGuard {

    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_SIZE = 256L * 1024 * 1024;
    static final long MAX_FILE_COUNT = 200;
    /** Part of POI's message when the entry count is exceeded. */
    static final String FILE_COUNT_HINT = "more internal file entries than expected";

    private ZipGuard() {
    }

    static synchronized void apply() {
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        }
        if (ZipSecureFile.getMaxFileCount() > MAX_FILE_COUNT) {
            ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
        }
    }
}
