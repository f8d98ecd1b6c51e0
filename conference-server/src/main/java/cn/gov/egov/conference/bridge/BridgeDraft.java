package cn.gov.egov.conference.bridge;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.gov.egov.conference.system.errors.InvalidInputException;
import cn.gov.egov.conference.system.errors.InvalidInputException.FieldError;
import cn.gov.egov.region.RegionTree;

/** What a system administrator (or the configuration) says about a bridge. {@link #validate} names every mistake. */
public record BridgeDraft(String id, String url, String regionCode, Integer capacity, Boolean enabled) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    public Bridge validate(RegionTree regions, String source, long version) {
        List<FieldError> errors = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            errors.add(new FieldError("id", "bridge-id.malformed",
                    "id: 1–64 lower-case letters, digits, '.', '_' or '-'"));
        }
        URI uri = null;
        try {
            uri = url == null || url.length() > 300 ? null : URI.create(url.strip().endsWith("/") ? url.strip()
                    : url.strip() + "/");
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme())
                || "https".equals(uri.getScheme())) || uri.getRawQuery() != null) {
            errors.add(new FieldError("url", "bridge-url.malformed",
                    "url: the bridge's private HTTP interface, e.g. http://10.1.2.3:8080/"));
        }
        if (regionCode == null || regions.find(regionCode).isEmpty()) {
            errors.add(new FieldError("regionCode", "region.unknown", "unknown region " + regionCode));
        }
        int cap = capacity == null ? 200 : capacity;
        if (cap < 1 || cap > 100_000) {
            errors.add(new FieldError("capacity", "capacity.range", "capacity must be between 1 and 100000"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Bridge(id, uri, regionCode, cap, enabled == null || enabled, source, version);
    }
}
