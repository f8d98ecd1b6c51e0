package cn.gov.egov.portal.learning.hours;

import static cn.gov.egov.portal.learning.hours.LedgerTest.LEARNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Crediting through the learner's region, dated by the injected clock in China time. */
class LearningHoursTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String WUHUA = "530102";

    private static LearningHours at(String instant) {
        HourRuleTable kunming = new HourRuleTable("530100", List.of(
                HourRule.course("KM_40", MinuteRange.atLeast(40), "1.5"),
                HourRule.course("KM_SHORT", MinuteRange.upTo(40), "0.5"),
                HourRule.passedExam("KM_EXAM", "1")));
        AnnualRequirements requirements = AnnualRequirements.nationalDefaultOnly()
                .with(new AnnualRequirement("530000", Year.of(2026), Hours.of("30"), Hours.of("30")));
        return new LearningHours(Clock.fixed(Instant.parse(instant), CHINA),
                HourRuleBook.defaults().with(kunming), requirements);
    }

    @Test
    void aCourseIsCreditedByTheRulesOfTheLearnersRegion() {
        LearningHours hours = at("2026-04-01T02:00:00Z");
        Ledger ledger = Ledger.empty(LEARNER, hours.currentYear());
        Ledger wuhua = hours.creditCourse(ledger, WUHUA, "course-1", "习近平新时代中国特色社会主义思想专题",
                Duration.ofMinutes(42), HourCategory.REQUIRED);
        LedgerEntry e = wuhua.entries().getFirst();
        assertThat(e.hours()).isEqualTo(Hours.of("1.5"));
        assertThat(e.ruleCode()).isEqualTo("KM_40");
        assertThat(e.date()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(e.explanation()).contains("42 分钟").contains("530100");

        Ledger qujing = hours.creditCourse(ledger, "530302", "course-1", "专题", Duration.ofMinutes(42),
                HourCategory.REQUIRED);
        assertThat(qujing.entries().getFirst().hours()).as("Yunnan's table").isEqualTo(Hours.of("1"));

        Ledger exam = hours.creditPassedExam(wuhua, WUHUA, "exam-1", "专题考试", HourCategory.REQUIRED);
        assertThat(exam.total()).isEqualTo(Hours.of("2.5"));
        assertThatThrownBy(() -> hours.creditCourse(wuhua, WUHUA, "course-1", "专题", Duration.ofMinutes(42),
                HourCategory.REQUIRED)).isInstanceOfSatisfying(HoursException.class,
                        x -> assertThat(x.code()).isEqualTo("duplicate-source"));
    }

    @Test
    void handMadeEntriesRecordTheApprover() {
        LearningHours hours = at("2026-04-01T02:00:00Z");
        Ledger ledger = hours.creditConferenceTraining(Ledger.empty(LEARNER, Year.of(2026)), "conf-7",
                "全省依法行政专题视频会议", Hours.of("2"), HourCategory.REQUIRED, "省委组织部 李四");
        ledger = hours.adjust(ledger, "ADJ-2026-001", "学时更正", Hours.of("-0.5"), HourCategory.REQUIRED,
                "省委组织部 李四", "重复登记，核减");
        assertThat(ledger.entries()).extracting(LedgerEntry::approvedBy).containsOnly("省委组织部 李四");
        assertThat(ledger.entries().getFirst().explanation()).isEqualTo("参加会议培训「全省依法行政专题视频会议」，经 省委组织部 李四 审核计 2.00 学时");
        assertThat(ledger.entries().get(1).explanation()).isEqualTo("重复登记，核减");
        assertThat(ledger.total()).isEqualTo(Hours.of("1.5"));
    }

    @Test
    void theDateIsChinaTimeSoNewYearComesEightHoursBeforeUtc() {
        LearningHours hours = at("2026-12-31T16:30:00Z");
        assertThat(hours.today()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(hours.currentYear()).isEqualTo(Year.of(2027));
        assertThatThrownBy(() -> hours.creditCourse(Ledger.empty(LEARNER, Year.of(2026)), WUHUA, "c", "课程",
                Duration.ofMinutes(30), HourCategory.ELECTIVE)).isInstanceOfSatisfying(HoursException.class,
                        e -> assertThat(e.code()).isEqualTo("entry-outside-year"));
    }

    @Test
    void progressUsesTheRegionsRequirementAndToday() {
        LearningHours hours = at("2026-07-02T04:00:00Z");
        Ledger ledger = hours.creditCourse(Ledger.empty(LEARNER, Year.of(2026)), WUHUA, "c", "课程",
                Duration.ofMinutes(45), HourCategory.REQUIRED);
        YearProgress p = hours.progress(ledger, WUHUA);
        assertThat(p.requirement().required()).as("Yunnan 2026: 30 + 30").isEqualTo(Hours.of("30"));
        assertThat(p.date()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(p.remaining()).isEqualTo(Hours.of("58.5"));
        assertThat(p.expectedByDate()).isEqualTo(Hours.of("30.08")); // 60 × 183 / 365
        assertThat(p.onTrack()).isFalse();
        assertThat(hours.progress(ledger, "520102").requirement().total()).as("Guizhou: national default")
                .isEqualTo(Hours.of("50"));
    }
}
