package cn.gov.egov.conference.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.egov.conference.notification.text.NoticeTexts;
import cn.gov.egov.conference.notification.text.RecurrenceText;

/** The notice texts: Chinese first, Beijing time, venues, recurrence in words, an English paragraph. */
class NoticeTextsTest {

    private final ConferenceFacts weekly = FactsFixture.facts(FactsFixture.plan(LocalDateTime.of(2025, 6, 2, 9, 0),
            LocalDateTime.of(2025, 6, 2, 11, 0), "Asia/Shanghai", "FREQ=WEEKLY;BYDAY=MO;COUNT=4", List.of()), 0);

    @Test
    void scheduledNoticeNamesTitleTimeVenuesAndSeries() {
        NoticeTexts.Text t = NoticeTexts.compose(Occasion.SCHEDULED, weekly, "值班员（五华区政府视频会议室）",
                weekly.firstStart(), weekly.firstEnd());
        assertThat(t.subject()).isEqualTo("【会议通知】全省安全生产视频会议");
        assertThat(t.body())
                .startsWith("值班员（五华区政府视频会议室）：")
                .contains("会议名称：全省安全生产视频会议")
                .contains("会议时间：2025-06-02 09:00 至 11:00（北京时间）")
                .contains("重复周期：每周（周一），共 4 次，末次 2025-06-23")
                .contains("主会场：省政府第一视频会议室（昆明市五华山）")
                .contains("参会会场：省政府第一视频会议室、五华区政府视频会议室（共 2 个）")
                .contains("会议说明：请各地做好汇报准备")
                .contains("Conference notice: \u201c全省安全生产视频会议\u201d is scheduled for 2025-06-02 09:00\u201311:00")
                .contains("weekly (Mon), 4 occurrences, the last on 2025-06-23");
        assertThat(t.body().indexOf("会议名称")).isLessThan(t.body().indexOf("Conference notice"));
        assertThat(t.sms()).isEqualTo("【政务视频会议】会议通知：「全省安全生产视频会议」，2025-06-02 09:00 至 11:00（共 4 次），"
                + "主会场：省政府第一视频会议室。");
    }

    @Test
    void eachOccasionHasItsSubject() {
        assertThat(NoticeTexts.compose(Occasion.CHANGED, weekly, null, weekly.firstStart(), weekly.firstEnd())
                .subject()).isEqualTo("【会议变更通知】全省安全生产视频会议");
        NoticeTexts.Text removed = NoticeTexts.compose(Occasion.REMOVED, weekly, null, weekly.firstStart(),
                weekly.firstEnd());
        assertThat(removed.subject()).isEqualTo("【会议变更通知】全省安全生产视频会议");
        assertThat(removed.body()).contains("您已不再参加此会议").doesNotContain("设备调试");
        NoticeTexts.Text cancelled = NoticeTexts.compose(Occasion.CANCELLED, weekly, null, weekly.firstStart(),
                weekly.firstEnd());
        assertThat(cancelled.subject()).isEqualTo("【会议取消通知】全省安全生产视频会议");
        assertThat(cancelled.body()).contains("以下会议已取消").contains("Conference cancelled");
    }

    @Test
    void reminderNamesTheOccurrenceNotTheSeries() {
        var third = weekly.firstStart().plus(java.time.Duration.ofDays(14));
        NoticeTexts.Text t = NoticeTexts.compose(Occasion.REMINDER, weekly, null, third,
                third.plus(java.time.Duration.ofHours(2)));
        assertThat(t.subject()).isEqualTo("【会前提醒】全省安全生产视频会议");
        assertThat(t.body()).contains("以下会议将于 09:00 开始").contains("2025-06-16 09:00 至 11:00")
                .doesNotContain("重复周期");
        assertThat(t.sms()).contains("会前提醒").contains("09:00 开始");
    }

    @Test
    void aMeetingPastMidnightShowsBothDates() {
        ConferenceFacts late = FactsFixture.facts(FactsFixture.plan(LocalDateTime.of(2025, 6, 2, 22, 30),
                LocalDateTime.of(2025, 6, 3, 1, 0), null, null, List.of()), 0);
        assertThat(NoticeTexts.compose(Occasion.SCHEDULED, late, null, late.firstStart(), late.firstEnd()).body())
                .contains("会议时间：2025-06-02 22:30 至 2025-06-03 01:00（北京时间）")
                .doesNotContain("重复周期");
    }

    @Test
    void recurrenceInWords() {
        var last = weekly.lastStart();
        var zone = NoticeTexts.BEIJING;
        assertThat(RecurrenceText.describe("FREQ=DAILY;INTERVAL=2", 5, last, zone).chinese())
                .isEqualTo("每 2 天，共 5 次，末次 2025-06-23");
        assertThat(RecurrenceText.describe("FREQ=MONTHLY;BYDAY=-1FR", 3, last, zone).chinese())
                .startsWith("每月（最后一个周五）");
        assertThat(RecurrenceText.describe("FREQ=MONTHLY;BYMONTHDAY=15", 3, last, zone).english())
                .startsWith("monthly (day 15)");
        assertThat(RecurrenceText.describe("FREQ=WEEKLY;BYDAY=MO,WE", 1, last, zone).english())
                .isEqualTo("weekly (Mon, Wed), 1 occurrence, the last on 2025-06-23");
    }
}
