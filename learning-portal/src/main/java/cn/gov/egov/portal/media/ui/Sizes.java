package cn.gov.egov.portal.media.ui;

import java.util.Locale;

/** File sizes for people: 1.5 GB, 820 MB, 12 KB. */
final class Sizes {

    private Sizes() {
    }

    static String human(long bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }
}
