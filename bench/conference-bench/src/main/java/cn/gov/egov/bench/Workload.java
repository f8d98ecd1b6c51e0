package cn.gov.egov.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Repeatable streams of conferences and calendar weeks, from one seeded random generator. Not thread-safe. */
final class Workload {

    private static final int FREE_TRIES = 5_000;
    private static final int TAKEN_TRIES = 50_000;

    private final ConferenceMix mix;
    private final SlotPlanner planner;
    private final Random random;
    private int counter;
    private int redrawn;

    Workload(ConferenceMix mix, SlotPlanner planner, long seed) {
        this.mix = mix;
        this.planner = planner;
        this.random = new Random(seed);
    }

    /**
     * {@code n} conferences that do not collide with each other. The big province-wide ones get their times first
     * (they are the hardest to fit), then the list is shuffled so that seeding submits them in a random order.
     */
    List<ConferenceSpec> existing(int n) {
        List<ConferenceMix.Group> groups = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            groups.add(mix.next(random));
        }
        groups.sort(Comparator.comparingInt((ConferenceMix.Group g) -> g.rooms().length).reversed());
        List<ConferenceSpec> specs = new ArrayList<>(n);
        for (ConferenceMix.Group g : groups) {
            specs.add(place(g));
        }
        Collections.shuffle(specs, random);
        return specs;
    }

    /** A new conference in free rooms: the server should create it (201). */
    ConferenceSpec free() {
        return place(mix.next(random));
    }

    /** A new conference with at least one room already booked at that time: the server should refuse it (409). */
    ConferenceSpec taken() {
        while (true) {
            ConferenceMix.Group g = mix.next(random);
            Optional<SlotPlanner.Booking> b = planner.findTaken(g, random, TAKEN_TRIES);
            if (b.isPresent()) {
                return spec(g, b.get(), true);
            }
        }
    }

    /** {@code n} outcomes to ask for, exactly {@code conflictShare} of them conflicts, in random order. */
    List<Boolean> conflictPlan(int n, double conflictShare) {
        int conflicts = (int) Math.round(n * conflictShare);
        List<Boolean> plan = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            plan.add(i < conflicts);
        }
        Collections.shuffle(plan, random);
        return plan;
    }

    /** {@code n} week numbers covering the seeded year evenly, in random order. */
    List<Integer> weeks(int n) {
        List<Integer> weeks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            weeks.add(i % SlotPlanner.WEEKS);
        }
        Collections.shuffle(weeks, random);
        return weeks;
    }

    /** How many drawn groups found no free time and were replaced by another draw. */
    int redrawn() {
        return redrawn;
    }

    private ConferenceSpec place(ConferenceMix.Group first) {
        ConferenceMix.Group g = first;
        while (true) {
            Optional<SlotPlanner.Booking> b = planner.reserveFree(g, random, FREE_TRIES);
            if (b.isPresent()) {
                return spec(g, b.get(), false);
            }
            redrawn++;
            g = mix.next(random);
        }
    }

    private ConferenceSpec spec(ConferenceMix.Group g, SlotPlanner.Booking b, boolean conflict) {
        counter++;
        String title = g.organiser().name() + (g.provinceWide() ? "全省视频工作会议" : "视频工作会议") + " #" + counter;
        return new ConferenceSpec(title, g, planner.start(b), planner.end(b), conflict);
    }
}
