package cn.gov.egov.portal.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionTree;

/**
 * Finds the region a roster cell names: a six-digit GB/T 2260 code ({@code 530102}), or a name path ending at the
 * region — the full path ({@code 云南省/昆明市/五华区}), a shorter tail ({@code 昆明市/五华区}, {@code 五华区}) or the
 * same run together ({@code 昆明市五华区}); separators {@code / ／ \ >}, spaces and {@code 、} are ignored. Placeholder
 * levels such as {@code 市辖区} may be left out ({@code 北京市/东城区}). A tail that fits several regions (鼓楼区) is
 * {@link Ambiguous}; the caller may narrow it by the importer's subtree.
 */
public final class RegionResolver {

    /** What a cell names. */
    public sealed interface Resolution permits Found, Unknown, Ambiguous {
    }

    public record Found(Region region) implements Resolution {
    }

    public record Unknown() implements Resolution {
    }

    public record Ambiguous(List<Region> candidates) implements Resolution {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final Pattern SEPARATORS = Pattern.compile("[/／\\\\>＞、]");
    private static final Set<String> PLACEHOLDERS = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private final RegionTree tree;
    private final Map<String, List<Region>> byTail;

    public RegionResolver(RegionTree tree) {
        this.tree = tree;
        Map<String, Set<Region>> index = new HashMap<>();
        for (Region region : tree.all()) {
            List<String> chain = chain(region);
            indexTails(index, chain, region);
            List<String> withoutPlaceholders = chain.stream().filter(n -> !PLACEHOLDERS.contains(n)).toList();
            if (!withoutPlaceholders.isEmpty() && withoutPlaceholders.size() < chain.size()) {
                indexTails(index, withoutPlaceholders, region);
            }
        }
        Map<String, List<Region>> lists = new HashMap<>();
        index.forEach((key, regions) -> lists.put(key, List.copyOf(regions)));
        this.byTail = Collections.unmodifiableMap(lists);
    }

    public RegionTree tree() {
        return tree;
    }

    public Resolution resolve(String text) {
        String key = SEPARATORS.matcher(Text.compact(text)).replaceAll("");
        if (CODE.matcher(key).matches()) {
            return tree.find(key).<Resolution>map(Found::new).orElseGet(Unknown::new);
        }
        List<Region> candidates = byTail.getOrDefault(key, List.of());
        return switch (candidates.size()) {
            case 0 -> new Unknown();
            case 1 -> new Found(candidates.getFirst());
            default -> new Ambiguous(candidates);
        };
    }

    private List<String> chain(Region region) {
        List<String> names = new ArrayList<>();
        for (Region r : tree.ancestors(region.code())) {
            names.add(r.name());
        }
        Collections.reverse(names);
        names.add(region.name());
        return names;
    }

    private static void indexTails(Map<String, Set<Region>> index, List<String> chain, Region region) {
        StringBuilder tail = new StringBuilder();
        for (int i = chain.size() - 1; i >= 0; i--) {
            tail.insert(0, chain.get(i));
            index.computeIfAbsent(tail.toString(), k -> new LinkedHashSet<>()).add(region);
        }
    }
}
