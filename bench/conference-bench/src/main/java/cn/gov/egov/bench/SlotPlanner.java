package cn.gov.egov.bench;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.Optional;
import java.util.Random;

/**
 * The seeded year as a grid of office hours: 52 weeks of Monday–Friday, starting on the first Monday at least two
 * weeks from now, with hourly slots 09–12 and 14–18 (Asia/Shanghai). Tracks which room is booked in which slot, so
 * that seeded conferences never collide and conflicts can be provoked on purpose. Not thread-safe.
 */
final class SlotPlanner {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int WEEKS = 52;
    private static final int[] START_HOURS = {9, 10, 11, 14, 15, 16, 17};
    private static final int[] BLOCK_END = {12, 12, 12, 18, 18, 18, 18};
    private static final int SLOTS_PER_DAY = START_HOURS.length;

    /** A place in the grid: working day number, first slot, length in hours. */
    record Booking(int day, int slot, int hours) {
    }

    private final LocalDate firstMonday;
    private final int days = WEEKS * 5;
    private final BitSet[] busy;

    SlotPlanner(LocalDate today, int rooms) {
        this.firstMonday = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        this.busy = new BitSet[rooms];
        for (int i = 0; i < rooms; i++) {
            busy[i] = new BitSet(days * SLOTS_PER_DAY);
        }
    }

    /** A random time at which every room of the group is free, now marked busy; empty after {@code tries}. */
    Optional<Booking> reserveFree(ConferenceMix.Group group, Random random, int tries) {
        for (int t = 0; t < tries; t++) {
            Booking b = randomBooking(group.hours(), random);
            if (b != null && !anyBusy(group, b)) {
                for (RoomDirectory.Room room : group.rooms()) {
                    int first = b.day() * SLOTS_PER_DAY + b.slot();
                    busy[room.index()].set(first, first + b.hours());
                }
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** A random time at which at least one room of the group is already booked (the server must answer 409). */
    Optional<Booking> findTaken(ConferenceMix.Group group, Random random, int tries) {
        for (int t = 0; t < tries; t++) {
            Booking b = randomBooking(group.hours(), random);
            if (b != null && anyBusy(group, b)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private Booking randomBooking(int hours, Random random) {
        int slot = random.nextInt(SLOTS_PER_DAY);
        if (START_HOURS[slot] + hours > BLOCK_END[slot]) {
            return null;
        }
        return new Booking(random.nextInt(days), slot, hours);
    }

    private boolean anyBusy(ConferenceMix.Group group, Booking b) {
        int first = b.day() * SLOTS_PER_DAY + b.slot();
        for (RoomDirectory.Room room : group.rooms()) {
            int next = busy[room.index()].nextSetBit(first);
            if (next >= 0 && next < first + b.hours()) {
                return true;
            }
        }
        return false;
    }

    LocalDate date(int day) {
        return firstMonday.plusWeeks(day / 5).plusDays(day % 5);
    }

    LocalDateTime start(Booking b) {
        return date(b.day()).atTime(START_HOURS[b.slot()], 0);
    }

    LocalDateTime end(Booking b) {
        return start(b).plusHours(b.hours());
    }

    /** Midnight of Monday of week {@code week} (0-based) in Shanghai, as a UTC instant. */
    Instant weekStart(int week) {
        return firstMonday.plusWeeks(week).atStartOfDay(ZONE).toInstant();
    }

    LocalDate firstDay() {
        return firstMonday;
    }

    LocalDate lastDay() {
        return date(days - 1);
    }
}
