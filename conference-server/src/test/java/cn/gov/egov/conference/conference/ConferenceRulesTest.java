package cn.gov.egov.conference.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.egov.conference.system.errors.InvalidInputException;

class ConferenceRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T01:00:00Z"); // 09:00 in Shanghai
    private static final UUID MAIN = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final LocalDateTime NINE_TOMORROW = LocalDateTime.parse("2026-11-22T09:00");

    private static ConferenceDraft draft(String title, LocalDateTime start, LocalDateTime end, String rrule,
                                         UUID main) {
        return new ConferenceDraft(title, ConferenceKind.MEETING, "530000", main, Set.of(MAIN, OTHER), Set.of(),
                start, end, null, rrule, List.of(), null);
    }

    private static List<String> codes(ConferenceDraft d) {
        try {
            ConferenceRules.plan(d, NOW, ConferenceRules.Limits.defaults());
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(InvalidInputException.FieldError::code).toList();
        }
    }

    @Test
    void singleConferenceIsStoredInUtcFromShanghaiTime() {
        var plan = ConferenceRules.plan(draft(" 全省安全生产工作会议 ", NINE_TOMORROW, NINE_TOMORROW.plusHours(2), null,
                MAIN), NOW, ConferenceRules.Limits.defaults());
        assertThat(plan.draft().title()).isEqualTo("全省安全生产工作会议");
        assertThat(plan.zone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(plan.slots()).containsExactly(new ConferenceRules.Slot(1,
                Instant.parse("2026-11-22T01:00:00Z"), Instant.parse("2026-11-22T03:00:00Z")));
    }

    @Test
    void weeklyRecurrenceWithAnExceptionExpands() {
        var d = new ConferenceDraft("周例会", ConferenceKind.MEETING, "530000", MAIN, Set.of(MAIN), Set.of(),
                NINE_TOMORROW, NINE_TOMORROW.plusHours(1), "Asia/Shanghai", "FREQ=WEEKLY;COUNT=4",
                List.of(NINE_TOMORROW.plusWeeks(2)), null);
        var plan = ConferenceRules.plan(d, NOW, ConferenceRules.Limits.defaults());
        assertThat(plan.slots()).extracting(ConferenceRules.Slot::start).containsExactly(
                Instant.parse("2026-11-22T01:00:00Z"), Instant.parse("2026-11-29T01:00:00Z"),
                Instant.parse("2026-12-13T01:00:00Z"));
        assertThat(plan.slots()).extracting(ConferenceRules.Slot::seq).containsExactly(1, 2, 3);
    }

    @Test
    void everyBadInputIsNamed() {
        assertThat(codes(draft("会", NINE_TOMORROW, NINE_TOMORROW.minusHours(1), null, MAIN)))
                .containsExactly("end.before-start");
        assertThat(codes(draft("会", NINE_TOMORROW, NINE_TOMORROW, null, MAIN))).containsExactly("duration.zero");
        assertThat(codes(draft("会", NINE_TOMORROW, NINE_TOMORROW.plusHours(25), null, MAIN)))
                .containsExactly("duration.too-long");
        assertThat(codes(draft("会", LocalDateTime.parse("2026-11-20T09:00"),
                LocalDateTime.parse("2026-11-20T10:00"), null, MAIN))).containsExactly("start.past");
        assertThat(codes(draft("会", NINE_TOMORROW, NINE_TOMORROW.plusHours(1), null, UUID.randomUUID())))
                .containsExactly("main-room.not-participant");
        assertThat(codes(draft("", NINE_TOMORROW, NINE_TOMORROW.plusHours(1), null, MAIN)))
                .containsExactly("title.required");
        assertThat(codes(draft("会".repeat(101), NINE_TOMORROW, NINE_TOMORROW.plusHours(1), null, MAIN)))
                .containsExactly("title.too-long");
        assertThat(codes(draft("会", NINE_TOMORROW, NINE_TOMORROW.plusHours(1), "FREQ=SOMETIMES", MAIN)))
                .containsExactly("rrule.malformed");
        assertThat(codes(draft("会", NINE_TOMORROW, NINE_TOMORROW.plusHours(1), "COUNT=3", MAIN)))
                .containsExactly("rrule.malformed");
        assertThat(codes(draft("会", NINE_TOMORROW, NINE_TOMORROW.plusHours(1), "FREQ=DAILY;COUNT=501", MAIN)))
                .containsExactly("rrule.too-many");
        assertThat(codes(draft("会", NINE_TOMORROW, NINE_TOMORROW.plusHours(1), "FREQ=DAILY", MAIN)))
                .containsExactly("rrule.too-many");
    }

    @Test
    void fiveHundredOccurrencesAreAllowed() {
        var plan = ConferenceRules.plan(draft("日报", NINE_TOMORROW, NINE_TOMORROW.plusMinutes(30),
                "FREQ=DAILY;COUNT=500", MAIN), NOW, ConferenceRules.Limits.defaults());
        assertThat(plan.slots()).hasSize(500);
    }

    @Test
    void severalProblemsAreReportedTogether() {
        assertThatThrownBy(() -> ConferenceRules.plan(draft("", NINE_TOMORROW, NINE_TOMORROW, null, null), NOW,
                ConferenceRules.Limits.defaults()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).hasSize(3));
    }

    @Test
    void lifecycleFollowsTheClock() {
        Instant start = Instant.parse("2026-11-22T01:00:00Z");
        Instant end = start.plusSeconds(3600);
        var window = java.time.Duration.ofMinutes(15);
        var grace = java.time.Duration.ofMinutes(10);
        assertThat(OccurrenceState.at(start.minusSeconds(16 * 60), start, end, false, window, grace))
                .isEqualTo(OccurrenceState.SCHEDULED);
        assertThat(OccurrenceState.at(start.minusSeconds(15 * 60), start, end, false, window, grace))
                .isEqualTo(OccurrenceState.LIVE);
        assertThat(OccurrenceState.at(end.plusSeconds(9 * 60), start, end, false, window, grace))
                .isEqualTo(OccurrenceState.LIVE);
        assertThat(OccurrenceState.at(end.plusSeconds(10 * 60), start, end, false, window, grace))
                .isEqualTo(OccurrenceState.ENDED);
        assertThat(OccurrenceState.at(start, start, end, true, window, grace)).isEqualTo(OccurrenceState.CANCELLED);
    }
}
