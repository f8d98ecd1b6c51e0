package cn.gov.egov.portal.learning.exam.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.gov.egov.portal.learning.exam.bank.AnswerKey;
import cn.gov.egov.portal.learning.exam.bank.CategoryPath;
import cn.gov.egov.portal.learning.exam.bank.ChoiceOption;
import cn.gov.egov.portal.learning.exam.bank.FillInRule;
import cn.gov.egov.portal.learning.exam.bank.Question;
import cn.gov.egov.portal.learning.exam.bank.QuestionType;
import cn.gov.egov.portal.learning.exam.bank.SafeText;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** GIFT: every supported form, escapes, categories, comments; unsupported and broken questions skipped by line. */
class GiftImporterTest {

    static final CategoryPath INTO = CategoryPath.of("导入");

    final GiftImporter importer = new GiftImporter(new SplittableRandom(9));

    static InputStream fixture(String name) {
        InputStream in = GiftImporterTest.class.getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    static Question named(ImportReport report, String name) {
        return report.imported().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
    }

    static List<String> texts(Question q) {
        return q.options().stream().map(ChoiceOption::text).toList();
    }

    @Test
    void importsEverySupportedForm() {
        ImportReport report = importer.importFrom(fixture("gift-all-types.gift"), INTO);
        assertThat(report.imported()).extracting(Question::name)
                .containsExactly("八项规定", "四风", "权重不同", "判断一", "判断二", "填空", "转义");
        assertThat(report.imported()).allSatisfy(q ->
                assertThat(q.category()).isEqualTo(CategoryPath.of("导入", "廉政", "规定")));

        Question single = named(report, "八项规定");
        assertThat(single.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(single.stem()).isEqualTo("中央八项规定是哪一年出台的？");
        assertThat(texts(single)).containsExactly("2010 年", "2012 年", "2014 年");
        assertThat(single.key()).isEqualTo(new AnswerKey.Choices(Set.of("o2")));
        assertThat(single.explanation()).isEqualTo("中央政治局 2012 年 12 月审议通过。");

        Question multiple = named(report, "四风");
        assertThat(multiple.type()).isEqualTo(QuestionType.MULTIPLE);
        assertThat(multiple.key()).isEqualTo(new AnswerKey.Choices(Set.of("o1", "o2")));

        assertThat(named(report, "判断一").key()).isEqualTo(new AnswerKey.Judgement(false));
        Question tf = named(report, "判断二");
        assertThat(tf.key()).isEqualTo(new AnswerKey.Judgement(true));
        assertThat(tf.explanation()).isEqualTo("这是党章的要求。");

        Question fill = named(report, "填空");
        assertThat(fill.type()).isEqualTo(QuestionType.FILL_IN);
        assertThat(fill.stem()).as("missing-word format").isEqualTo("我国的首都是 ____ 。");
        assertThat(fill.key()).isEqualTo(new AnswerKey.Accepted(List.of("北京", "北京市"), FillInRule.DEFAULT));

        Question escaped = named(report, "转义");
        assertThat(escaped.stem()).isEqualTo("比例 1:2 与 a=b 的写法，以及 {花括号} 和 ~波浪号~：选哪个？");
        assertThat(texts(escaped)).containsExactly("甲#一", "乙~二");
        assertThat(escaped.key()).isEqualTo(new AnswerKey.Choices(Set.of("o1")));
    }

    @Test
    void reportsUnsupportedFormsWithTheirLineNumbers() {
        ImportReport report = importer.importFrom(fixture("gift-all-types.gift"), INTO);
        assertThat(report.skipped()).extracting(ImportIssue::line, ImportIssue::code, ImportIssue::excerpt)
                .containsExactly(
                        tuple(29, "unsupported-type", "问答"),
                        tuple(31, "unsupported-type", "数值"),
                        tuple(33, "unsupported-type", "匹配"),
                        tuple(35, "unsupported-type", "说明"),
                        tuple(37, "no-accepted-answer", "通配"),
                        tuple(41, "no-correct-answer", "没有正确答案"));
        assertThat(report.skipped()).extracting(ImportIssue::message).startsWith(
                "不支持的题型：问答题（essay）", "不支持的题型：数值题（numerical）", "不支持的题型：匹配题（matching）");
        assertThat(report.warnings()).extracting(ImportIssue::line, ImportIssue::code).containsExactly(
                tuple(18, "weights-ignored"), tuple(24, "partial-credit-ignored"));
    }

    @Test
    void brokenQuestionsAreSkippedAndTheRestImported() {
        ImportReport report = importer.importFrom(fixture("gift-broken.gift"), INTO);
        assertThat(report.imported()).extracting(Question::name).containsExactly("好题一", "好题二");
        assertThat(report.skipped()).extracting(ImportIssue::line, ImportIssue::code).containsExactly(
                tuple(5, "gift-syntax"), tuple(9, "gift-syntax"), tuple(11, "gift-syntax"), tuple(13, "gift-syntax"),
                tuple(15, "gift-syntax"));
        assertThat(report.skipped()).extracting(ImportIssue::message).containsExactly("答案部分缺少结尾的 }",
                "题目名称缺少结尾的 ::", "答案权重格式错误，应为 %50% 这样的形式", "一道题只能有一个答案部分 {…}",
                "答案部分无法识别：应以 = 或 ~ 开头，或为 T/F");
    }

    @Test
    void plainTextKeepsScriptAsTextAndHtmlIsStripped() {
        ImportReport report = importer.importFrom(fixture("gift-script.gift"), INTO);
        Question plain = named(report, "plain");
        assertThat(plain.stem()).isEqualTo("<script>alert('plain')</script>哪个是对的？");
        assertThat(SafeText.toHtml(plain.stem())).doesNotContain("<script");
        assertThat(texts(plain)).containsExactly("<img src=x onerror=alert(1)>", "<b>错</b>");
        Question html = named(report, "html");
        assertThat(html.stem()).isEqualTo("请选择正确项");
        assertThat(texts(html)).containsExactly("对", "错");
        assertThat(report.warnings()).extracting(ImportIssue::code).containsExactly("media-removed");
    }

    @Test
    void commentsCategoriesAndBlankLineHandling() {
        String gift = "// comment\r\n$CATEGORY: 甲/乙\r\n::一::题{T}\r\n\r\n\r\n   // indented comment\n"
                + "$CATEGORY: 丙\n::二::多行\n的题干{\n=对\n~错\n}\n";
        ImportReport report = importer.importFrom(gift, CategoryPath.ROOT);
        assertThat(report.skipped()).isEmpty();
        assertThat(report.imported()).extracting(Question::category)
                .containsExactly(CategoryPath.of("甲", "乙"), CategoryPath.of("丙"));
        assertThat(report.imported().get(1).stem()).isEqualTo("多行\n的题干");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] gbk = {(byte) 0xC4, (byte) 0xE3, (byte) 0xBA, (byte) 0xC3, '{', 'T', '}'};
        ImportException e = org.assertj.core.api.Assertions.catchThrowableOfType(ImportException.class,
                () -> importer.importFrom(new ByteArrayInputStream(gbk), INTO));
        assertThat(e.code()).isEqualTo("not-utf8");
        byte[] bom = "\uFEFF::t::题{F}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(importer.importFrom(new ByteArrayInputStream(bom), INTO).imported()).hasSize(1);
    }
}
