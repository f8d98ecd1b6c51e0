package cn.gov.egov.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An immutable tree of divisions with constant-time parent look-ups, for scoping (分级管理) and display.
 * Built from the committed CSV ({@code regions/china-divisions.csv}) or from any list of regions.
 */
public final class RegionTree {

    public static final String RESOURCE = "/regions/china-divisions.csv";

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> children;

    private RegionTree(Collection<Region> regions) {
        Map<String, Region> codes = new LinkedHashMap<>();
        for (Region r : regions) {
            if (codes.putIfAbsent(r.code(), r) != null) {
                throw new IllegalArgumentException("duplicate region code " + r.code());
            }
        }
        Map<String, List<Region>> kids = new LinkedHashMap<>();
        for (Region r : codes.values()) {
            if (r.parentCode() != null) {
                if (!codes.containsKey(r.parentCode())) {
                    throw new IllegalArgumentException("region " + r.code() + " has unknown parent " + r.parentCode());
                }
                kids.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
            }
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.byCode = Collections.unmodifiableMap(codes);
        this.children = Collections.unmodifiableMap(kids);
    }

    public static RegionTree of(Collection<Region> regions) {
        return new RegionTree(regions);
    }

    /** The whole country from the committed data. */
    public static RegionTree china() {
        try (InputStream in = RegionTree.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return of(parseCsv(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The subtree of one province, e.g. {@code 530000} (云南省). */
    public static RegionTree province(String provinceCode) {
        RegionTree all = china();
        Region root = all.find(provinceCode)
                .filter(r -> r.level() == RegionLevel.PROVINCE)
                .orElseThrow(() -> new IllegalArgumentException("no province with code " + provinceCode));
        return of(all.subtree(root.code()));
    }

    static List<Region> parseCsv(InputStream in) throws IOException {
        List<Region> regions = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!"code,name,level,parent_code".equals(header)) {
                throw new IOException("unexpected region CSV header: " + header);
            }
            String line;
            int n = 1;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 4) {
                    throw new IOException("region CSV line " + n + " has " + f.length + " fields");
                }
                regions.add(new Region(f[0], f[1], RegionLevel.valueOf(f[2]), f[3].isEmpty() ? null : f[3]));
            }
        }
        return regions;
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Region get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown region " + code));
    }

    public List<Region> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The region and everything below it, parents before children. */
    public List<Region> subtree(String code) {
        List<Region> out = new ArrayList<>();
        collect(get(code), out);
        return out;
    }

    private void collect(Region r, List<Region> out) {
        out.add(r);
        for (Region c : children(r.code())) {
            collect(c, out);
        }
    }

    /** From the region's parent up to its province, nearest first. */
    public List<Region> ancestors(String code) {
        List<Region> out = new ArrayList<>();
        Region r = get(code);
        while (r.parentCode() != null) {
            r = get(r.parentCode());
            out.add(r);
        }
        return out;
    }

    /** True when {@code code} is {@code ancestor} itself or lies below it: the rule of tiered management. */
    public boolean isWithin(String code, String ancestor) {
        Region r = byCode.get(code);
        while (r != null) {
            if (r.code().equals(ancestor)) {
                return true;
            }
            r = r.parentCode() == null ? null : byCode.get(r.parentCode());
        }
        return false;
    }

    /** Full Chinese path, e.g. 云南省 / 昆明市 / 五华区. */
    public String path(String code) {
        List<Region> up = new ArrayList<>(ancestors(code));
        Collections.reverse(up);
        up.add(get(code));
        return String.join(" / ", up.stream().map(Region::name).toList());
    }

    public List<Region> all() {
        return List.copyOf(byCode.values());
    }

    public long count(Predicate<Region> filter) {
        return byCode.values().stream().filter(filter).count();
    }

    public int size() {
        return byCode.size();
    }
}
