package cn.gov.egov.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import cn.gov.egov.region.Region;
import cn.gov.egov.region.RegionLevel;
import cn.gov.egov.region.RegionTree;

/**
 * Who organises a conference and which rooms take part, in a mix meant to look like a province's year: most
 * conferences join 1–5 rooms of the organiser's own subtree, about 1% are province-wide with 60–146 rooms.
 * <ul>
 *   <li>1% province-wide: the province room, all 16 prefecture rooms and a random share of the county rooms (2 h)</li>
 *   <li>6% province departments: the province room and 0–4 prefecture rooms</li>
 *   <li>43% prefectures: the prefecture room and 0–4 of its county rooms</li>
 *   <li>50% counties: the county room alone (a county's subtree is itself)</li>
 * </ul>
 * Ordinary conferences last 1 h (80%) or 2 h (20%).
 */
final class ConferenceMix {

    /** The rooms of one conference; {@code rooms[0]} is the main venue. */
    record Group(Region organiser, RoomDirectory.Room[] rooms, int hours, boolean provinceWide) {
    }

    private static final int MIN_PROVINCE_WIDE_ROOMS = 60;

    private final RoomDirectory directory;
    private final Region province;
    private final List<Region> prefectures;
    private final List<Region> counties;
    private final RegionTree tree;

    ConferenceMix(RegionTree tree, RoomDirectory directory) {
        this.tree = tree;
        this.directory = directory;
        this.province = tree.all().stream().filter(r -> r.level() == RegionLevel.PROVINCE).findFirst().orElseThrow();
        this.prefectures = tree.children(province.code());
        this.counties = tree.all().stream().filter(r -> r.level() == RegionLevel.COUNTY).toList();
    }

    Group next(Random random) {
        double x = random.nextDouble();
        if (x < 0.01) {
            return provinceWide(random);
        }
        int hours = random.nextDouble() < 0.8 ? 1 : 2;
        if (x < 0.07) {
            return new Group(province, rooms(province, prefectures, random.nextInt(5), random), hours, false);
        }
        if (x < 0.50) {
            Region prefecture = prefectures.get(random.nextInt(prefectures.size()));
            return new Group(prefecture, rooms(prefecture, tree.children(prefecture.code()), random.nextInt(5), random),
                    hours, false);
        }
        Region county = counties.get(random.nextInt(counties.size()));
        return new Group(county, rooms(county, List.of(), 0, random), hours, false);
    }

    private Group provinceWide(Random random) {
        List<RoomDirectory.Room> rooms = new ArrayList<>();
        rooms.add(directory.of(province.code()));
        prefectures.forEach(p -> rooms.add(directory.of(p.code())));
        List<Region> shuffled = new ArrayList<>(counties);
        Collections.shuffle(shuffled, random);
        int total = MIN_PROVINCE_WIDE_ROOMS + random.nextInt(directory.size() - MIN_PROVINCE_WIDE_ROOMS + 1);
        for (int i = 0; rooms.size() < total && i < shuffled.size(); i++) {
            rooms.add(directory.of(shuffled.get(i).code()));
        }
        return new Group(province, rooms.toArray(RoomDirectory.Room[]::new), 2, true);
    }

    /** The main room of {@code main} and {@code extra} distinct rooms drawn from {@code candidates}. */
    private RoomDirectory.Room[] rooms(Region main, List<Region> candidates, int extra, Random random) {
        List<Region> pool = new ArrayList<>(candidates);
        Collections.shuffle(pool, random);
        int n = Math.min(extra, pool.size());
        RoomDirectory.Room[] rooms = new RoomDirectory.Room[1 + n];
        rooms[0] = directory.of(main.code());
        for (int i = 0; i < n; i++) {
            rooms[1 + i] = directory.of(pool.get(i).code());
        }
        return rooms;
    }
}
