package cn.gov.egov.portal.learning.course;

import java.util.UUID;

/**
 * Catalog filters; every one optional (null). {@code text} matches title or summary as a substring;
 * {@code regionCode} narrows to courses owned by exactly that region.
 */
public record CatalogFilter(String text, UUID categoryId, CourseKind kind, Integer year, String regionCode,
                            CourseStatus status) {

    public static final CatalogFilter NONE = new CatalogFilter(null, null, null, null, null, null);

    public CatalogFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100);
        }
        regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode;
    }
}
