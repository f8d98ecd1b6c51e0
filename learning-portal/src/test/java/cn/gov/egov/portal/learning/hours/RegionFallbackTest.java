package cn.gov.egov.portal.learning.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;

/** County → prefecture → province → national default, for rule tables and annual requirements. */
class RegionFallbackTest {

    private static final String YUNNAN = "530000";
    private static final String KUNMING = "530100";
    private static final String WUHUA = "530102";    // 昆明市五华区
    private static final String PANLONG = "530103";  // 昆明市盘龙区
    private static final String QUJING_QILIN = "530302";
    private static final String GUIZHOU_GUIYANG = "520102";

    @Test
    void theChainFollowsTheCode() {
        assertThat(RegionCodes.fallbackChain(WUHUA)).containsExactly(WUHUA, KUNMING, YUNNAN);
        assertThat(RegionCodes.fallbackChain(KUNMING)).containsExactly(KUNMING, YUNNAN);
        assertThat(RegionCodes.fallbackChain(YUNNAN)).containsExactly(YUNNAN);
        for (String bad : new String[] {"5301", "53010a", "", "000000", "5301020"}) {
            assertThatThrownBy(() -> RegionCodes.fallbackChain(bad))
                    .isInstanceOfSatisfying(HoursException.class,
                            e -> assertThat(e.code()).isEqualTo("region-code-bad"));
        }
        assertThatThrownBy(() -> RegionCodes.fallbackChain(null)).isInstanceOf(HoursException.class);
    }

    @Test
    void ruleTablesFallBackToTheNearestAncestor() {
        HourRuleTable kunming = new HourRuleTable(KUNMING, List.of(
                HourRule.course("KM_45", MinuteRange.atLeast(45), "1.5"),
                HourRule.course("KM_ANY", MinuteRange.upTo(45), "0.5"),
                HourRule.passedExam("KM_EXAM", "1")));
        HourRuleTable wuhua = new HourRuleTable(WUHUA, List.of(HourRule.passedExam("WH_EXAM", "2")));
        HourRuleBook book = HourRuleBook.defaults().with(kunming).with(wuhua);

        assertThat(book.forRegion(WUHUA)).isSameAs(wuhua);
        assertThat(book.forRegion(PANLONG)).as("county → prefecture").isSameAs(kunming);
        assertThat(book.forRegion(KUNMING)).isSameAs(kunming);
        assertThat(book.forRegion(QUJING_QILIN).regionCode()).as("county → province").isEqualTo(YUNNAN);
        assertThat(book.forRegion(GUIZHOU_GUIYANG).isNational()).as("→ national default").isTrue();
        assertThat(book.forRegion(PANLONG).course(Duration.ofMinutes(50)).hours()).isEqualTo(Hours.of("1.5"));
        assertThat(book.forRegion(QUJING_QILIN).course(Duration.ofMinutes(50)).hours()).isEqualTo(Hours.of("1"));
        // the county table has no course rule: it does not fall back rule by rule, only table by table
        assertThatThrownBy(() -> book.forRegion(WUHUA).course(Duration.ofMinutes(50)))
                .isInstanceOf(HoursException.class);
    }

    @Test
    void theNationalDefaultCanBeReplacedButNotOmitted() {
        HourRuleTable national = new HourRuleTable(HourRuleTable.NATIONAL,
                List.of(HourRule.course("N", MinuteRange.atLeast(1), "1"), HourRule.passedExam("E", "0.5")));
        assertThat(HourRuleBook.defaults().with(national).forRegion(GUIZHOU_GUIYANG)).isSameAs(national);
        assertThat(HourRuleBook.defaults().with(national).forRegion(QUJING_QILIN).regionCode()).isEqualTo(YUNNAN);
        assertThatThrownBy(() -> HourRuleBook.of(HourRuleTable.standard(YUNNAN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void annualRequirementsFallBackTooAndAreSetPerYear() {
        Year y2026 = Year.of(2026);
        AnnualRequirement kunming = new AnnualRequirement(KUNMING, y2026, Hours.of("24"), Hours.of("36"));
        AnnualRequirement yunnan = new AnnualRequirement(YUNNAN, y2026, Hours.of("25"), Hours.of("30"));
        AnnualRequirements book = AnnualRequirements.nationalDefaultOnly().with(kunming).with(yunnan);

        assertThat(book.forRegion(WUHUA, y2026)).isEqualTo(kunming);
        assertThat(book.forRegion(QUJING_QILIN, y2026)).isEqualTo(yunnan);
        assertThat(book.forRegion(GUIZHOU_GUIYANG, y2026)).isEqualTo(AnnualRequirement.nationalDefault(y2026));
        assertThat(book.forRegion(WUHUA, Year.of(2027))).as("set for 2026 only")
                .isEqualTo(AnnualRequirement.nationalDefault(Year.of(2027)));
    }

    @Test
    void theDefaultRequirementIsFiftyTwentyRequiredThirtyElective() {
        AnnualRequirement d = AnnualRequirement.nationalDefault(Year.of(2026));
        assertThat(d.total()).isEqualTo(Hours.of("50"));
        assertThat(d.required()).isEqualTo(Hours.of("20"));
        assertThat(d.elective()).isEqualTo(Hours.of("30"));
        assertThatThrownBy(() -> new AnnualRequirement(KUNMING, Year.of(2026), Hours.of("20"), Hours.of("29.5")))
                .isInstanceOfSatisfying(HoursException.class,
                        e -> assertThat(e.code()).isEqualTo("requirement-below-minimum"));
        assertThatThrownBy(() -> new AnnualRequirement(KUNMING, Year.of(2026), Hours.of("-1"), Hours.of("60")))
                .isInstanceOf(HoursException.class);
        assertThatThrownBy(() -> AnnualRequirements.nationalDefaultOnly().with(d))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
